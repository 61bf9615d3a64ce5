import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Progress,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { countyCodesOf, hasRole } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { useLatestPeriod } from '../indicators/useIndicators';
import {
  useAnswerObjection,
  useAssessment,
  useAssessmentDiff,
  useAssessments,
  useComputeAssessment,
  useFileObjection,
  usePublishAssessment,
  usePutOnNotice,
  type AssessmentDetail,
  type AssessmentStatus,
  type CountyResult,
} from './useAssessments';

const statusColor: Record<AssessmentStatus, string> = {
  draft: 'default',
  on_notice: 'orange',
  published: 'green',
  superseded: 'blue',
  withdrawn: 'default',
};

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(2)}%`);
const signed = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined ? '—' : `${x > 0 ? '+' : ''}${x.toFixed(digits)}`;

/**
 * County assessment (R4.1): the ranking with score bars, the why of every score, the public notice (公示) with its
 * objections and answers, publishing, and the differences from the previous version.
 */
export function AssessmentPage() {
  const { t } = useLocale();
  const at = t.assessment;
  const { user } = useSession();
  const isOffice = hasRole(user, 'admin');
  const list = useAssessments();
  const [selected, setSelected] = useState<number | undefined>();
  const current = selected ?? list.data?.items[0]?.id;
  const detail = useAssessment(current);
  const runYear = detail.data?.year ?? list.data?.items[0]?.year;

  useEffect(() => {
    document.title = `${at.pageTitle} · ${t.app.product}`;
  }, [t, at]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{at.pageTitle}</PageTitle>}
        extra={isOffice ? <ComputeForm runYear={runYear} onComputed={setSelected} /> : null}
      >
        <Typography.Paragraph type="secondary">{at.intro}</Typography.Paragraph>
        {list.isPending ? (
          <Skeleton active aria-busy="true" />
        ) : list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Empty description={at.empty} />
        ) : (
          <Space wrap>
            <Typography.Text>{at.version}</Typography.Text>
            <Select
              style={{ minWidth: 320 }}
              value={current}
              onChange={setSelected}
              data-testid="assessment-version"
              options={list.data.items.map((r) => ({
                value: r.id,
                label: `${at.runLabel(r.year, r.version, r.schemeVersion)} · ${at.status[r.status]}`,
              }))}
            />
          </Space>
        )}
      </Card>
      {current !== undefined && detail.isError ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : null}
      {detail.data ? <RunView run={detail.data} isOffice={isOffice} ownCounties={countyCodesOf(user)} /> : null}
    </Space>
  );
}

function ComputeForm({ runYear, onComputed }: { runYear: number | undefined; onComputed: (id: number) => void }) {
  const { t } = useLocale();
  const compute = useComputeAssessment();
  const errorMessage = useApiErrorMessage();
  const { message } = App.useApp();
  // Until a year is typed: the year of the run shown, else the last year with data (not simply last year, which
  // may have none).
  const latest = useLatestPeriod();
  const [typed, setYear] = useState<number | null | undefined>(undefined);
  const year = typed !== undefined ? typed : (runYear ?? (latest.data ? Number(latest.data.slice(0, 4)) : null));
  return (
    <Space>
      <InputNumber
        aria-label={t.assessment.year}
        min={2000}
        max={2100}
        value={year}
        onChange={setYear}
        addonAfter={t.assessment.yearUnit}
      />
      <Button
        type="primary"
        loading={compute.isPending}
        disabled={year === null}
        onClick={() =>
          year !== null &&
          compute.mutate(
            { year },
            {
              onSuccess: (d) => {
                onComputed(d.id);
                void message.success(t.assessment.computed(d.year, d.version));
              },
              onError: (e) => void message.error(errorMessage(e)),
            },
          )
        }
      >
        {t.assessment.compute}
      </Button>
    </Space>
  );
}

function RunView({ run, isOffice, ownCounties }: { run: AssessmentDetail; isOffice: boolean; ownCounties: string[] }) {
  const { t, localize } = useLocale();
  const at = t.assessment;
  const maxTotal = run.criteria.reduce((s, c) => s + c.weight, 0);
  return (
    <>
      <Card
        title={
          <Space>
            {at.runTitle(run.year, run.version)}
            <Tag color={statusColor[run.status]} data-testid="assessment-status">
              {at.status[run.status]}
            </Tag>
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={at.scheme}>{at.schemeVersion(run.schemeVersion)}</Descriptions.Item>
          <Descriptions.Item label={at.computedAt}>
            {formatDateTime(run.computedAt)} · {run.computedBy}
          </Descriptions.Item>
          <Descriptions.Item label={at.publishedAt}>
            {run.publishedAt ? `${formatDateTime(run.publishedAt)} · ${run.publishedBy ?? ''}` : t.app.none}
          </Descriptions.Item>
          {run.notice ? (
            <Descriptions.Item label={at.notice}>
              {at.noticeWindow(formatDateTime(run.notice.start), formatDateTime(run.notice.end), run.notice.days)}
              {run.notice.open ? (
                <Tag color="orange" style={{ marginInlineStart: 8 }}>
                  {at.noticeOpen}
                </Tag>
              ) : null}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {at.rule}
        </Typography.Paragraph>
        <Table<CountyResult>
          rowKey="regionCode"
          size="middle"
          pagination={false}
          scroll={{ x: 1000 }}
          dataSource={run.ranking}
          data-testid="assessment-ranking"
          expandable={{
            expandedRowRender: (county) => (
              <List
                size="small"
                dataSource={county.scores}
                renderItem={(s) => (
                  <List.Item>
                    <Typography.Text>{localize(s.why)}</Typography.Text>
                  </List.Item>
                )}
              />
            ),
          }}
          columns={[
            { key: 'rank', title: at.rank, width: 70, render: (_, c) => <strong>{c.rank}</strong> },
            { key: 'name', title: at.county, width: 110, render: (_, c) => localize(c.name) },
            {
              key: 'total',
              title: at.total,
              width: 220,
              render: (_, c) => (
                <Progress
                  percent={(c.total / maxTotal) * 100}
                  format={() => c.total.toFixed(2)}
                  size="small"
                  strokeColor="#1677ff"
                />
              ),
            },
            ...run.criteria.map((criterion, i) => ({
              key: criterion.code,
              title: (
                <span title={localize(criterion.name)}>
                  {localize(criterion.name)}
                  <Typography.Text type="secondary">（{criterion.weight}）</Typography.Text>
                </span>
              ),
              width: 150,
              render: (_: unknown, c: CountyResult) => {
                const s = c.scores[i];
                if (!s) return null;
                return (
                  <div title={localize(s.why)}>
                    <Progress
                      percent={(s.points / criterion.weight) * 100}
                      showInfo={false}
                      size="small"
                      strokeColor={s.actual === null ? '#d9d9d9' : '#52c41a'}
                    />
                    <Typography.Text style={{ fontSize: 12 }}>
                      {s.points.toFixed(2)} · {s.actual === null ? at.noData : pct(s.actual)}
                    </Typography.Text>
                  </div>
                );
              },
            })),
          ]}
        />
      </Card>
      <NoticeCard run={run} isOffice={isOffice} ownCounties={ownCounties} />
      {run.previousVersionId !== null ? <DiffCard run={run} /> : null}
    </>
  );
}

function NoticeCard({
  run,
  isOffice,
  ownCounties,
}: {
  run: AssessmentDetail;
  isOffice: boolean;
  ownCounties: string[];
}) {
  const { t, localize } = useLocale();
  const at = t.assessment;
  const { message } = App.useApp();
  const errorMessage = useApiErrorMessage();
  const notice = usePutOnNotice(run.id);
  const publish = usePublishAssessment(run.id);
  const object = useFileObjection(run.id);
  const answer = useAnswerObjection(run.id);
  const [days, setDays] = useState<number | null>(7);
  const [answers, setAnswers] = useState<Record<number, string>>({});
  const [form] = Form.useForm<{ reason: string; criterionCode?: string }>();
  const canObject = run.notice?.open === true && ownCounties.length > 0;
  const fail = (e: unknown) => void message.error(errorMessage(e));
  const criterionName = useMemo(
    () => new Map(run.criteria.map((c) => [c.code, localize(c.name)])),
    [run.criteria, localize],
  );

  return (
    <Card title={at.noticeTitle}>
      {isOffice && run.status === 'draft' ? (
        <Space style={{ marginBottom: 12 }}>
          <InputNumber min={1} max={60} value={days} onChange={setDays} addonAfter={at.days} aria-label={at.days} />
          <Button
            loading={notice.isPending}
            disabled={days === null}
            onClick={() => days !== null && notice.mutate(days, { onError: fail })}
          >
            {at.putOnNotice}
          </Button>
        </Space>
      ) : null}
      {isOffice && run.status === 'on_notice' ? (
        <Space direction="vertical" style={{ marginBottom: 12, width: '100%' }}>
          {run.publishBlockers.length > 0 ? (
            <Alert
              type="info"
              showIcon
              message={run.publishBlockers.map((b) => at.blockers[b]).join(t.format.clauseSeparator)}
            />
          ) : null}
          <Button
            type="primary"
            loading={publish.isPending}
            disabled={run.publishBlockers.length > 0}
            onClick={() => publish.mutate(undefined, { onError: fail })}
          >
            {at.publish}
          </Button>
        </Space>
      ) : null}
      {canObject ? (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12 }}
          onFinish={(values) =>
            object.mutate(
              { reason: values.reason, ...(values.criterionCode ? { criterionCode: values.criterionCode } : {}) },
              {
                onSuccess: () => {
                  form.resetFields();
                  void message.success(at.objectionFiled);
                },
                onError: fail,
              },
            )
          }
        >
          <Form.Item name="criterionCode">
            <Select
              allowClear
              data-testid="objection-criterion"
              placeholder={at.wholeResult}
              style={{ minWidth: 220 }}
              options={run.criteria.map((c) => ({ value: c.code, label: localize(c.name) }))}
            />
          </Form.Item>
          <Form.Item name="reason" rules={[{ required: true, min: 2, message: at.reasonRequired }]}>
            <Input placeholder={at.reason} style={{ minWidth: 320 }} />
          </Form.Item>
          <Button htmlType="submit" loading={object.isPending}>
            {at.fileObjection}
          </Button>
        </Form>
      ) : null}
      {run.objections.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {at.noObjections}
        </Typography.Paragraph>
      ) : (
        <List
          dataSource={run.objections}
          renderItem={(o) => (
            <List.Item>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text>
                  <strong>{localize(o.regionName)}</strong>
                  {o.criterionCode ? ` · ${criterionName.get(o.criterionCode) ?? o.criterionCode}` : ''} ·{' '}
                  {o.filedByName ?? o.filedBy} · {formatDateTime(o.filedAt)}
                </Typography.Text>
                <Typography.Text>{o.reason}</Typography.Text>
                {o.answer !== null ? (
                  <Alert
                    type="success"
                    message={`${at.answer}：${o.answer}`}
                    description={`${o.answeredByName ?? o.answeredBy ?? ''} · ${formatDateTime(o.answeredAt)}`}
                  />
                ) : isOffice && run.status === 'on_notice' ? (
                  <Space.Compact style={{ width: '100%' }}>
                    <Input
                      placeholder={at.answer}
                      value={answers[o.id] ?? ''}
                      onChange={(e) => setAnswers({ ...answers, [o.id]: e.target.value })}
                    />
                    <Button
                      loading={answer.isPending}
                      disabled={(answers[o.id] ?? '').trim().length < 2}
                      onClick={() =>
                        answer.mutate({ objectionId: o.id, answer: answers[o.id] ?? '' }, { onError: fail })
                      }
                    >
                      {at.sendAnswer}
                    </Button>
                  </Space.Compact>
                ) : (
                  <Tag color="orange">{at.unanswered}</Tag>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function DiffCard({ run }: { run: AssessmentDetail }) {
  const { t, localize } = useLocale();
  const at = t.assessment;
  const diff = useAssessmentDiff(run.id, true);
  const criterionName = new Map(run.criteria.map((c) => [c.code, localize(c.name)]));
  type Row = NonNullable<typeof diff.data>['counties'][number];
  return (
    <Card title={diff.data ? at.diffTitle(diff.data.from.version, diff.data.to.version) : at.diffTitle(0, run.version)}>
      {diff.isPending ? (
        <Skeleton active />
      ) : diff.isError ? (
        <QueryError error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <>
          {diff.data.schemeChanged ? (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={at.schemeChanged} />
          ) : null}
          <Table<Row>
            rowKey="regionCode"
            size="small"
            pagination={false}
            data-testid="assessment-diff"
            dataSource={diff.data.counties}
            columns={[
              { key: 'name', title: at.county, render: (_, c) => localize(c.name) },
              {
                key: 'total',
                title: at.totalChange,
                render: (_, c) =>
                  // The change of the totals as shown (each rounded to 2 decimals), so the row adds up on screen.
                  `${c.totalBefore?.toFixed(2) ?? '—'} → ${c.totalAfter?.toFixed(2) ?? '—'} (${signed(
                    c.totalBefore === null || c.totalAfter === null
                      ? c.totalChange
                      : Number(c.totalAfter.toFixed(2)) - Number(c.totalBefore.toFixed(2)),
                  )})`,
              },
              {
                key: 'rank',
                title: at.rankChange,
                render: (_, c) => (
                  <span>
                    {c.rankBefore ?? '—'} → {c.rankAfter ?? '—'}{' '}
                    {c.rankChange ? (
                      <Tag color={c.rankChange > 0 ? 'green' : 'red'}>{signed(c.rankChange, 0)}</Tag>
                    ) : null}
                  </span>
                ),
              },
              {
                key: 'actuals',
                title: at.actualChanges,
                render: (_, c) =>
                  c.criteria
                    .filter((x) => x.actualChange !== null && Math.abs(x.actualChange) > 1e-12)
                    .map(
                      (x) =>
                        `${criterionName.get(x.criterionCode) ?? x.criterionCode} ${pct(x.actualBefore)} → ${pct(x.actualAfter)}`,
                    )
                    .join(t.format.clauseSeparator) || at.unchanged,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
