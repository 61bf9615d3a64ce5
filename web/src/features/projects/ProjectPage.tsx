import { useEffect, useMemo, useState } from 'react';
import {
  App,
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { EditOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { fieldErrorsOf, setFieldProblems } from '../../api/fieldErrors';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { hasRole } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { Chart, type ChartOption } from '../../components/Chart';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { usePlan } from '../plan/usePlan';
import { FlagTag, StageTag, useMoney, usePercent } from './common';
import { ProjectFormModal, RaiseProblemModal } from './ProjectForms';
import {
  stageColors,
  stageOrder,
  useProject,
  useProjectChanges,
  type ProgressRevision,
  type ProjectDetail,
  type Stage,
} from './useProjects';

/** 项目页: the project, its stage timeline (planned against actual, every recorded event), monthly progress. */
export function ProjectPage() {
  const { id } = useParams();
  const project = useProject(Number(id));
  const { t } = useLocale();
  useEffect(() => {
    if (project.data) document.title = `${project.data.name} · ${t.app.product}`;
  }, [project.data, t]);
  if (project.isError) return <QueryError error={project.error} onRetry={() => void project.refetch()} />;
  if (!project.data) return <Card loading />;
  return <ProjectView project={project.data} />;
}

function ProjectView({ project: p }: { project: ProjectDetail }) {
  const { t, localize } = useLocale();
  const pt = t.projects;
  const money = useMoney();
  const percent = usePercent();
  const plan = usePlan();
  const session = useSession();
  const writer = hasRole(session.user, 'admin', 'county');
  const industry = plan.data?.industries.find((i) => i.code === p.industryCode);
  const [editing, setEditing] = useState(false);
  const [raising, setRaising] = useState(false);

  const planned: Partial<Record<Stage, string | null>> = {
    signed: p.plannedSignOn,
    started: p.plannedStartOn,
    completed: p.plannedCompletionOn,
    producing: p.plannedProductionOn,
  };

  const chart = useMemo<ChartOption>(() => {
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    const ofYear = p.progress.filter((r) => r.year === p.listYear);
    const wan = (yuan: number) => Math.round(yuan / 100) / 100;
    const listedMonth = p.listedOn.startsWith(String(p.listYear)) ? Number(p.listedOn.slice(5, 7)) : 1;
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: months.map((m) => `${m}月`) },
      yAxis: { type: 'value', name: pt.wanUnit },
      series: [
        {
          type: 'bar',
          name: pt.monthlyInvestment,
          data: months.map((m) => wan(ofYear.find((r) => r.month === m)?.investment ?? 0)),
          itemStyle: { color: '#91caff' },
        },
        {
          type: 'line',
          name: pt.cumulative,
          data: months.map((m) => {
            const row = ofYear.filter((r) => r.month <= m).at(-1);
            return row ? wan(row.investmentYtd) : null;
          }),
          itemStyle: { color: '#1d5fbf' },
        },
        {
          type: 'line',
          name: pt.timePlan,
          lineStyle: { type: 'dashed' },
          itemStyle: { color: '#fa8c16' },
          data: months.map((m) =>
            m < listedMonth ? 0 : wan((p.plannedInvestment * (m - listedMonth + 1)) / (13 - listedMonth)),
          ),
        },
      ],
    };
  }, [p, pt]);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <PageTitle>
            {p.name} <StageTag stage={p.stage} /> <FlagTag flag={p.flag} reasons={p.flagReasons} />
          </PageTitle>
        }
        extra={
          <Space>
            {writer && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-project">
                {pt.forms.edit}
              </Button>
            )}
            <Link to={`/projects/list?year=${p.listYear}`}>{pt.listTitle}</Link>
          </Space>
        }
      >
        {writer && (
          <ProjectFormModal project={p} defaultYear={p.listYear} open={editing} onClose={() => setEditing(false)} />
        )}
        <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="project-facts">
          <Descriptions.Item label={pt.code}>{p.code}</Descriptions.Item>
          <Descriptions.Item label={pt.investor}>{p.investorName}</Descriptions.Item>
          <Descriptions.Item label={pt.county}>{localize(p.regionName)}</Descriptions.Item>
          <Descriptions.Item label={pt.industry}>
            {industry ? localize(industry.name) : p.industryCode}
          </Descriptions.Item>
          <Descriptions.Item label={pt.totalInvestment}>{money(p.totalInvestment)}</Descriptions.Item>
          <Descriptions.Item label={pt.plannedInvestment}>{money(p.plannedInvestment)}</Descriptions.Item>
          <Descriptions.Item label={pt.completed}>{money(p.investmentCompleted)}</Descriptions.Item>
          <Descriptions.Item label={pt.progress}>{percent(p.investmentRatio)}</Descriptions.Item>
          <Descriptions.Item label={pt.listedOn}>
            {pt.yearOption(p.listYear)} · {p.listedOn}
          </Descriptions.Item>
          <Descriptions.Item label={pt.countyOfficer}>{p.countyOfficer ?? t.app.none}</Descriptions.Item>
          <Descriptions.Item label={pt.cityLiaison}>{p.cityLiaison ?? t.app.none}</Descriptions.Item>
          <Descriptions.Item label={pt.demonstration}>{p.demonstration ? t.app.yes : t.app.no}</Descriptions.Item>
          {p.lead && <Descriptions.Item label={pt.lead}>{p.lead.targetCompany}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Card title={pt.timeline} size="small" data-testid="stage-timeline">
            <Descriptions size="small" column={1} bordered>
              {stageOrder
                .filter((s) => s !== 'reserve')
                .map((s) => (
                  <Descriptions.Item key={s} label={<Tag color={stageColors[s]}>{pt.stages[s]}</Tag>}>
                    {pt.planned} {planned[s] ?? t.app.none} · {pt.actual} {p.stageDates[s] ?? pt.notYet}
                  </Descriptions.Item>
                ))}
            </Descriptions>
            <Timeline
              style={{ marginTop: 16 }}
              items={p.events.map((e) => ({
                color: e.superseded ? 'gray' : stageColors[e.stage] === 'default' ? 'gray' : stageColors[e.stage],
                content: (
                  <div>
                    <Typography.Text delete={e.superseded} strong>
                      {e.occurredOn} {pt.stages[e.stage]}
                    </Typography.Text>
                    {e.superseded && <Tag style={{ marginLeft: 8 }}>{pt.superseded}</Tag>}
                    {e.note && <div>{e.note}</div>}
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {pt.recorded(e.recordedBy, formatDateTime(e.recordedAt))}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              }))}
            />
            {writer && <StageForm id={p.id} />}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card title={pt.progressChart} size="small">
            <Chart option={chart} ariaLabel={pt.progressChart} height={320} testId="progress-chart" />
          </Card>
        </Col>
      </Row>
      <Card title={pt.progressTable} size="small">
        <Table
          size="small"
          rowKey={(r) => `${r.year}-${r.month}`}
          dataSource={[...p.progress].reverse()}
          pagination={{ pageSize: 12 }}
          columns={[
            { key: 'period', title: pt.period, render: (_, r) => `${r.year}-${String(r.month).padStart(2, '0')}` },
            { key: 'inv', title: pt.monthlyInvestment, align: 'right', render: (_, r) => money(r.investment) },
            { key: 'ytd', title: pt.cumulative, align: 'right', render: (_, r) => money(r.investmentYtd) },
            { key: 'image', title: pt.imageNote, render: (_, r) => r.imageNote ?? t.app.none },
            { key: 'problems', title: pt.problemsNote, render: (_, r) => r.problems ?? t.app.none },
            { key: 'source', title: pt.source, render: (_, r) => pt.sources[r.source] ?? r.source },
          ]}
        />
        {writer && <ProgressForm id={p.id} year={p.listYear} />}
      </Card>
      <RevisionsCard revisions={p.revisions} />
      {(p.coordinationProblems.length > 0 || writer) && (
        <Card
          title={pt.coordination}
          size="small"
          extra={
            writer && (
              <Button size="small" icon={<ExclamationCircleOutlined />} onClick={() => setRaising(true)}>
                {pt.forms.raiseProblem}
              </Button>
            )
          }
        >
          {writer && (
            <RaiseProblemModal project={{ id: p.id, name: p.name }} open={raising} onClose={() => setRaising(false)} />
          )}
          {p.coordinationProblems.length === 0 && <Typography.Text type="secondary">{t.app.none}</Typography.Text>}
          {p.coordinationProblems.map((c) => (
            <div key={c.id} style={{ marginBottom: 8 }}>
              <Tag color={c.status === 'resolved' ? 'green' : c.overdue ? 'red' : 'blue'}>{pt.statuses[c.status]}</Tag>
              {c.title} · {c.department ?? t.app.none} · {pt.dueOn} {c.dueOn ?? t.app.none}
              {c.overdue && <Tag color="red">{pt.overdueTag}</Tag>}
            </div>
          ))}
        </Card>
      )}
    </Space>
  );
}

const stageFields = ['stage', 'occurredOn', 'note'];

/** 登记阶段: a stage reached on a day, a new event; the API's messages appear under their fields. */
function StageForm({ id }: { id: number }) {
  const { t } = useLocale();
  const pt = t.projects;
  const { message } = App.useApp();
  const messageOf = useApiErrorMessage();
  const { stage } = useProjectChanges(id);
  const [general, setGeneral] = useState<string | null>(null);
  const [form] = Form.useForm<{ stage: Stage; occurredOn: Dayjs; note?: string }>();
  const onFinish = async (v: { stage: Stage; occurredOn: Dayjs; note?: string }) => {
    setGeneral(null);
    try {
      await stage.mutateAsync({
        stage: v.stage,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        note: v.note?.trim() ? v.note.trim() : null,
      });
      void message.success(pt.saved);
      form.resetFields();
    } catch (error) {
      const problems = fieldErrorsOf(error, (name) => typeof name[0] === 'string' && stageFields.includes(name[0]));
      setFieldProblems(form, problems.fields);
      setGeneral(problems.fields.length ? problems.general.join('; ') || null : messageOf(error));
    }
  };
  return (
    <Form form={form} layout="inline" style={{ marginTop: 8, rowGap: 8 }} onFinish={onFinish} data-testid="stage-form">
      <Form.Item name="stage" rules={[{ required: true, message: pt.forms.required(pt.stage) }]}>
        <Select
          placeholder={pt.stage}
          style={{ width: 100 }}
          options={stageOrder.map((s) => ({ value: s, label: pt.stages[s] }))}
        />
      </Form.Item>
      <Form.Item name="occurredOn" rules={[{ required: true, message: pt.forms.required(pt.occurredOn) }]}>
        <DatePicker placeholder={pt.occurredOn} />
      </Form.Item>
      <Form.Item name="note">
        <Input placeholder={pt.note} style={{ width: 140 }} maxLength={500} />
      </Form.Item>
      <Button htmlType="submit" loading={stage.isPending}>
        {pt.recordStage}
      </Button>
      {general && <Alert type="error" title={general} style={{ marginTop: 8, width: '100%' }} />}
    </Form>
  );
}

/** 修改记录: the old values of monthly returns that a re-import or a re-entry changed. */
function RevisionsCard({ revisions }: { revisions: ProgressRevision[] }) {
  const { t } = useLocale();
  const ft = t.projects.forms;
  const money = useMoney();
  const shown = (value: number | null, text: string | null, field: ProgressRevision['field']) => {
    if (field === 'investment' || field === 'investmentToDate') return value === null ? t.app.none : money(value);
    if (field === 'stage' && text) return t.projects.stages[text as Stage] ?? text;
    return text ?? t.app.none;
  };
  return (
    <Card title={ft.revisions} size="small" data-testid="progress-revisions">
      <Typography.Paragraph type="secondary">{ft.revisionsIntro}</Typography.Paragraph>
      <Table<ProgressRevision>
        size="small"
        rowKey="id"
        dataSource={revisions}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t.app.none }}
        columns={[
          { key: 'period', title: t.projects.period, width: 90, render: (_, r) => r.period },
          { key: 'field', title: ft.field, width: 130, render: (_, r) => ft.fields[r.field] },
          { key: 'old', title: ft.oldValue, render: (_, r) => shown(r.oldValue, r.oldText, r.field) },
          { key: 'new', title: ft.newValue, render: (_, r) => shown(r.newValue, r.newText, r.field) },
          {
            key: 'how',
            title: ft.how,
            render: (_, r) => (r.batchId === null ? ft.byForm : ft.byImport(r.batchId, r.fileName)),
          },
          { key: 'by', title: ft.revisedBy, width: 110, render: (_, r) => r.revisedBy },
          { key: 'at', title: ft.revisedAt, width: 160, render: (_, r) => formatDateTime(r.revisedAt) },
        ]}
      />
    </Card>
  );
}

function ProgressForm({ id, year }: { id: number; year: number }) {
  const { t } = useLocale();
  const pt = t.projects;
  const { message } = App.useApp();
  const messageOf = useApiErrorMessage();
  const { progress } = useProjectChanges(id);
  const [form] = Form.useForm<{ month: number; investmentWan: number; imageNote?: string; problems?: string }>();
  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginTop: 12, rowGap: 8 }}
      onFinish={(v) =>
        progress.mutate(
          {
            period: `${year}-${String(v.month).padStart(2, '0')}`,
            investment: Math.round(v.investmentWan * 10_000),
            imageNote: v.imageNote ?? null,
            problems: v.problems ?? null,
          },
          { onSuccess: () => void message.success(pt.saved) },
        )
      }
    >
      <Typography.Text strong style={{ marginRight: 8 }}>
        {pt.monthlyReturn}
      </Typography.Text>
      <Form.Item name="month" rules={[{ required: true }]}>
        <Select
          placeholder={pt.period}
          style={{ width: 110 }}
          options={Array.from({ length: 12 }, (_, i) => ({
            value: i + 1,
            label: `${year}-${String(i + 1).padStart(2, '0')}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="investmentWan" rules={[{ required: true }]}>
        <InputNumber min={0} placeholder={pt.investmentWan} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="imageNote">
        <Input placeholder={pt.imageNote} />
      </Form.Item>
      <Form.Item name="problems">
        <Input placeholder={pt.problemsNote} />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={progress.isPending}>
        {pt.submit}
      </Button>
      {progress.isError && <Alert type="error" title={messageOf(progress.error)} />}
    </Form>
  );
}
