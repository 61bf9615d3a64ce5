import { useEffect, useState } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Skeleton,
  Space,
  Steps,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { hasRole } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { useLatestPeriod } from '../indicators/useIndicators';
import {
  useBulletin,
  useBulletinAction,
  useBulletins,
  useCreateBulletin,
  useLiaison,
  useSaveLiaison,
  type BulletinAction,
  type BulletinDetail,
  type BulletinModel,
  type BulletinSentence,
  type Liaison,
} from './useBulletins';

const statusColor = { draft: 'default', reviewed: 'orange', published: 'green' } as const;
const stepOf = { draft: 0, reviewed: 1, published: 2 } as const;

/**
 * Bulletins (发展情况通报, R4.2): generate a period's bulletin, read it with every number traced to its figure,
 * review and publish it (the office), download its files; the leading group and the industries' liaison (R4.3).
 */
export function BulletinsPage() {
  const { t } = useLocale();
  const bt = t.bulletins;
  const { user } = useSession();
  const isOffice = hasRole(user, 'admin');
  const list = useBulletins();
  const [selected, setSelected] = useState<number | undefined>();
  const current = selected ?? list.data?.items[0]?.id;
  const detail = useBulletin(current);

  useEffect(() => {
    document.title = `${bt.pageTitle} · ${t.app.product}`;
  }, [t, bt]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{bt.pageTitle}</PageTitle>}
        extra={isOffice ? <GenerateForm onGenerated={setSelected} /> : <Link to="/open">{bt.openData}</Link>}
      >
        <Typography.Paragraph type="secondary">{bt.intro}</Typography.Paragraph>
        {list.isPending ? (
          <Skeleton active aria-busy="true" />
        ) : list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Empty description={bt.empty} />
        ) : (
          <Select
            style={{ minWidth: 420 }}
            value={current}
            onChange={setSelected}
            aria-label={bt.period}
            data-testid="bulletin-select"
            options={list.data.items.map((b) => ({
              value: b.id,
              label: `${b.title} · ${bt.version(b.version)} · ${bt.status[b.status]}`,
            }))}
          />
        )}
      </Card>
      {current !== undefined && detail.isError ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : null}
      {detail.data ? <BulletinView bulletin={detail.data} isOffice={isOffice} /> : null}
      <LiaisonCard isOffice={isOffice} />
    </Space>
  );
}

function GenerateForm({ onGenerated }: { onGenerated: (id: number) => void }) {
  const { t } = useLocale();
  const create = useCreateBulletin();
  const errorMessage = useApiErrorMessage();
  const { message } = App.useApp();
  // Until something is typed: the last year with data (not simply last year, which may have none).
  const latest = useLatestPeriod();
  const [typed, setPeriod] = useState<string | undefined>(undefined);
  const period = typed ?? latest.data?.slice(0, 4) ?? '';
  return (
    <Space>
      <Input
        aria-label={t.bulletins.period}
        placeholder={t.bulletins.periodHelp}
        value={period}
        onChange={(e) => setPeriod(e.target.value)}
        style={{ width: 140 }}
      />
      <Button
        type="primary"
        loading={create.isPending}
        disabled={!period.trim()}
        onClick={() =>
          create.mutate(period.trim(), {
            onSuccess: (b) => {
              void message.success(t.bulletins.generated(b.title));
              onGenerated(b.id);
            },
            onError: (e) => void message.error(errorMessage(e)),
          })
        }
      >
        {t.bulletins.generate}
      </Button>
    </Space>
  );
}

function BulletinView({ bulletin, isOffice }: { bulletin: BulletinDetail; isOffice: boolean }) {
  const { t } = useLocale();
  const bt = t.bulletins;
  const action = useBulletinAction();
  const errorMessage = useApiErrorMessage();
  const { message } = App.useApp();
  const model = bulletin.model;
  const run = (a: BulletinAction) =>
    action.mutate(
      { id: bulletin.id, action: a },
      {
        onSuccess: (b) => {
          if (a === 'publish') void message.success(bt.published((b.lockedPeriods ?? []).join(t.format.listSeparator)));
        },
        onError: (e) => void message.error(errorMessage(e)),
      },
    );
  return (
    <Card
      title={
        <Space wrap>
          <span>{model.title}</span>
          <Tag color={statusColor[bulletin.status]}>{bt.status[bulletin.status]}</Tag>
          <Tag>{bt.version(bulletin.version)}</Tag>
        </Space>
      }
      extra={
        <Space wrap>
          <Typography.Text type="secondary">{bt.downloads}</Typography.Text>
          {bulletin.files.map((f) => (
            <Button
              key={f.format}
              size="small"
              icon={<DownloadOutlined />}
              href={`/api/v1/bulletins/${bulletin.id}/files/${f.format}`}
              download
            >
              {f.format.toUpperCase()}
            </Button>
          ))}
        </Space>
      }
      data-testid="bulletin-view"
    >
      <Steps
        size="small"
        current={stepOf[bulletin.status]}
        items={[{ title: bt.steps.draft }, { title: bt.steps.reviewed }, { title: bt.steps.published }]}
        style={{ maxWidth: 560, marginBottom: 16 }}
      />
      {isOffice && bulletin.status !== 'published' ? (
        <Space style={{ marginBottom: 16 }} wrap>
          <Button onClick={() => run('regenerate')} loading={action.isPending}>
            {bt.regenerate}
          </Button>
          {bulletin.status === 'draft' ? (
            <Button onClick={() => run('review')} loading={action.isPending}>
              {bt.review}
            </Button>
          ) : null}
          {bulletin.status === 'reviewed' ? (
            <Button type="primary" onClick={() => run('publish')} loading={action.isPending}>
              {bt.publish}
            </Button>
          ) : null}
        </Space>
      ) : null}
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={bt.createdBy}>
          {bulletin.createdBy} · {formatDateTime(bulletin.createdAt)}
        </Descriptions.Item>
        <Descriptions.Item label={bt.reviewedBy}>
          {bulletin.reviewedBy ? `${bulletin.reviewedBy} · ${formatDateTime(bulletin.reviewedAt)}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={bt.publishedBy}>
          {bulletin.publishedBy ? `${bulletin.publishedBy} · ${formatDateTime(bulletin.publishedAt)}` : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary">{bt.figureHint}</Typography.Paragraph>
      <Typography.Title level={5}>{bt.headline}</Typography.Title>
      <Text sentence={model.headline} model={model} strong />
      {model.overview.map((s, i) => (
        <Text key={i} sentence={s} model={model} />
      ))}
      <Typography.Title level={5}>{bt.industries}</Typography.Title>
      {model.industries.map((section) => (
        <div key={section.industry} data-industry={section.industry} style={{ marginBottom: 8 }}>
          <Typography.Text strong>
            {section.nameZh.endsWith('产业') ? section.nameZh : `${section.nameZh}产业`}
          </Typography.Text>{' '}
          <Typography.Text type="secondary">
            {section.liaison ? bt.liaisonOf(section.liaison.leaderName, section.liaison.leaderTitleZh) : bt.noLiaison}
          </Typography.Text>
          {section.sentences.map((s, i) => (
            <Text key={i} sentence={s} model={model} />
          ))}
        </div>
      ))}
      {model.tables[0] ? <ModelTableView table={model.tables[0]} /> : null}
      <Typography.Title level={5}>{bt.counties}</Typography.Title>
      {model.counties.map((s, i) => (
        <Text key={i} sentence={s} model={model} />
      ))}
      {model.tables[1] ? <ModelTableView table={model.tables[1]} /> : null}
      <Typography.Title level={5}>{bt.warnings}</Typography.Title>
      {model.warnings.length === 0 ? (
        <Typography.Paragraph>{bt.noWarnings}</Typography.Paragraph>
      ) : (
        <ol>
          {model.warnings.map((w, i) => (
            <li key={i}>{w.text}</li>
          ))}
        </ol>
      )}
      {model.assessment ? (
        <>
          <Typography.Title level={5}>{bt.assessment}</Typography.Title>
          {model.assessment.published ? (
            <Table
              size="small"
              pagination={false}
              rowKey="regionCode"
              dataSource={model.assessment.published.rows}
              columns={[
                { title: t.assessment.rank, dataIndex: 'rank' },
                { title: t.assessment.county, dataIndex: 'regionName' },
                { title: t.assessment.total, dataIndex: 'total', render: (v: number) => v.toFixed(2) },
              ]}
            />
          ) : (
            <Alert type="info" showIcon message={bt.noAssessment} />
          )}
        </>
      ) : null}
    </Card>
  );
}

/** A sentence whose numbers are underlined and name their figure (region, industry, code, period) on hover. */
function Text({ sentence, model, strong }: { sentence: BulletinSentence; model: BulletinModel; strong?: boolean }) {
  const { t } = useLocale();
  return (
    <Typography.Paragraph strong={strong} style={{ textIndent: '2em' }}>
      {sentence.segments.map((seg, i) => {
        if (seg.kind === 'text') return <span key={i}>{seg.text}</span>;
        const f = model.figures[seg.figure];
        return (
          <Tooltip
            key={i}
            title={
              f
                ? `${t.bulletins.figureTrace}: ${f.region} · ${f.industry} · ${f.code} · ${f.period} · ${seg.field}`
                : seg.figure
            }
          >
            <span data-figure={seg.figure} style={{ textDecoration: 'underline dotted', cursor: 'help' }}>
              {seg.text}
            </span>
          </Tooltip>
        );
      })}
    </Typography.Paragraph>
  );
}

function ModelTableView({ table }: { table: BulletinModel['tables'][number] }) {
  return (
    <Table
      size="small"
      title={() => <Typography.Text strong>{table.title}</Typography.Text>}
      pagination={false}
      rowKey={(_, i) => String(i)}
      scroll={{ x: true }}
      style={{ marginBottom: 16 }}
      dataSource={table.rows.map((cells) => ({ cells }))}
      columns={table.columns.map((c, i) => ({
        title: c,
        key: String(i),
        align: i === 0 ? ('left' as const) : ('right' as const),
        render: (_: unknown, row: { cells: { text: string }[] }) => row.cells[i]?.text ?? '',
      }))}
    />
  );
}

function LiaisonCard({ isOffice }: { isOffice: boolean }) {
  const { t } = useLocale();
  const lt = t.liaison;
  const liaison = useLiaison();
  const [editing, setEditing] = useState(false);
  if (liaison.isPending) return <Skeleton active />;
  if (liaison.isError) return <QueryError error={liaison.error} onRetry={() => void liaison.refetch()} />;
  const data = liaison.data;
  return (
    <Card
      title={lt.title}
      extra={isOffice ? <Button onClick={() => setEditing(true)}>{lt.edit}</Button> : null}
      data-testid="liaison"
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={lt.group}>{data.group?.nameZh ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={lt.office}>{data.group?.officeZh ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={lt.members}>
          {data.members.map((m) => `${m.positionZh}：${m.name}（${m.titleZh}）`).join('；') || '—'}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        pagination={false}
        rowKey="code"
        dataSource={data.planIndustries}
        columns={[
          { title: lt.industry, dataIndex: 'nameZh' },
          { title: lt.leader, render: (_, r) => r.liaison?.leaderName ?? lt.none },
          { title: lt.leaderTitle, render: (_, r) => r.liaison?.leaderTitleZh ?? '' },
        ]}
      />
      {editing ? <LiaisonEditor liaison={data} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}

function LiaisonEditor({ liaison, onClose }: { liaison: Liaison; onClose: () => void }) {
  const { t } = useLocale();
  const lt = t.liaison;
  const save = useSaveLiaison();
  const errorMessage = useApiErrorMessage();
  const { message } = App.useApp();
  const [rows, setRows] = useState(
    liaison.planIndustries.map((i) => ({
      industryCode: i.code,
      nameZh: i.nameZh,
      leaderName: i.liaison?.leaderName ?? '',
      leaderTitleZh: i.liaison?.leaderTitleZh ?? '',
      // Not edited here, but kept: the document is replaced as a whole, so leaving it out would erase it.
      note: i.liaison?.note ?? null,
    })),
  );
  const update = (code: string, field: 'leaderName' | 'leaderTitleZh', value: string) =>
    setRows((rs) => rs.map((r) => (r.industryCode === code ? { ...r, [field]: value } : r)));
  return (
    <Modal
      open
      title={lt.edit}
      okText={lt.save}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() =>
        save.mutate(
          {
            group: liaison.group,
            members: liaison.members,
            industries: rows
              .filter((r) => r.leaderName.trim() && r.leaderTitleZh.trim())
              .map((r) => ({
                industryCode: r.industryCode,
                leaderName: r.leaderName,
                leaderTitleZh: r.leaderTitleZh,
                note: r.note,
              })),
          },
          {
            onSuccess: () => {
              void message.success(lt.saved);
              onClose();
            },
            onError: (e) => void message.error(errorMessage(e)),
          },
        )
      }
    >
      <Form layout="vertical">
        {rows.map((r) => (
          <Form.Item key={r.industryCode} label={r.nameZh}>
            <Space>
              <Input
                aria-label={`${r.nameZh} ${lt.leader}`}
                placeholder={lt.name}
                value={r.leaderName}
                onChange={(e) => update(r.industryCode, 'leaderName', e.target.value)}
              />
              <Input
                aria-label={`${r.nameZh} ${lt.leaderTitle}`}
                placeholder={lt.titleZh}
                value={r.leaderTitleZh}
                onChange={(e) => update(r.industryCode, 'leaderTitleZh', e.target.value)}
              />
            </Space>
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
