import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { csrfTokenNow, type Schemas } from '../../api/client';
import { hasRole } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n';
import { usePlan } from '../plan/usePlan';
import { FlagTag, StageTag, useMoney, usePercent } from './common';
import { ProjectFormModal } from './ProjectForms';
import { stageOrder, useMeasures, useProjects, xlsxUrl, type ProjectQuery, type ProjectSummary } from './useProjects';

const FALLBACK_YEAR = 2013;

function readQuery(params: URLSearchParams, defaultYear: number): ProjectQuery {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const num = (key: string) => {
    const n = Number(params.get(key));
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const stage = text('stage');
  const flag = text('flag');
  const overdue = text('overdue');
  return {
    year: num('year') ?? defaultYear,
    month: num('month'),
    region: text('region'),
    industry: text('industry'),
    stage: stageOrder.find((s) => s === stage),
    flag: flag === 'red' || flag === 'yellow' || flag === 'any' ? flag : undefined,
    overdue: overdue === 'start' || overdue === 'completion' ? overdue : undefined,
    search: text('search'),
  };
}

/** 重大项目清单: the year's list with filters, stage colours, marks, the summary and the Excel download. */
export function ProjectsPage() {
  const { t, localize } = useLocale();
  const pt = t.projects;
  const plan = usePlan();
  const session = useSession();
  const money = useMoney();
  const percent = usePercent();
  const [params, setParams] = useSearchParams();
  const probe = useMeasures(Number(params.get('year')) || FALLBACK_YEAR);
  const years = probe.data?.years ?? [];
  const defaultYear = years.at(-1) ?? FALLBACK_YEAR;
  const query = readQuery(params, defaultYear);
  const projects = useProjects(query);
  const measures = useMeasures(query.year, query.month);
  const [form] = Form.useForm<ProjectQuery>();
  const writer = hasRole(session.user, 'admin', 'county');
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    document.title = `${pt.listTitle} · ${t.app.product}`;
  }, [t, pt]);
  useEffect(() => {
    form.setFieldsValue(query);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form follows the address
  }, [params.toString(), defaultYear]);

  const search = (values: ProjectQuery) => {
    const next = Object.fromEntries(
      Object.entries({ ...values, year: values.year ?? query.year }).filter(
        (e): e is [string, string | number] => e[1] !== undefined && e[1] !== '',
      ),
    );
    setParams(Object.fromEntries(Object.entries(next).map(([k, v]) => [k, String(v)])));
  };
  const counties = (plan.data?.regions ?? [])
    .filter((r) => ['district', 'county', 'county_city'].includes(r.kind))
    .map((r) => ({ value: r.code, label: localize(r.name) }));
  const industries = (plan.data?.industries ?? []).map((i) => ({ value: i.code, label: localize(i.name) }));
  const industryName = (code: string) => industries.find((i) => i.value === code)?.label ?? code;
  const total = measures.data?.total;
  const month = projects.data?.month ?? query.month ?? 12;

  return (
    <Card
      title={<PageTitle>{pt.listTitle}</PageTitle>}
      extra={
        writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-project">
            {pt.forms.newProject}
          </Button>
        )
      }
    >
      {writer && (
        <ProjectFormModal
          project={null}
          defaultYear={query.year}
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            if (saved.listYear !== query.year) setParams({ year: String(saved.listYear) });
          }}
        />
      )}
      <Typography.Paragraph type="secondary">{pt.listIntro}</Typography.Paragraph>
      <Form<ProjectQuery> form={form} layout="vertical" onFinish={search} initialValues={query}>
        <Row gutter={12} align="bottom">
          <Col xs={12} lg={3}>
            <Form.Item name="year" label={pt.year}>
              <Select
                options={(years.length ? years : [query.year]).map((y) => ({ value: y, label: pt.yearOption(y) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} lg={3}>
            <Form.Item name="month" label={pt.month}>
              <Select
                allowClear
                placeholder={pt.monthOption(month)}
                options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: pt.monthOption(i + 1) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} lg={3}>
            <Form.Item name="region" label={pt.county}>
              <Select allowClear options={counties} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={3}>
            <Form.Item name="industry" label={pt.industry}>
              <Select allowClear options={industries} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={2}>
            <Form.Item name="stage" label={pt.stage}>
              <Select allowClear options={stageOrder.map((s) => ({ value: s, label: pt.stages[s] }))} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={2}>
            <Form.Item name="flag" label={pt.flag}>
              <Select
                allowClear
                options={(['red', 'yellow', 'any'] as const).map((f) => ({ value: f, label: pt.flags[f] }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} lg={3}>
            <Form.Item name="overdue" label={pt.overdueFilter}>
              <Select
                allowClear
                options={(['start', 'completion'] as const).map((o) => ({ value: o, label: pt.overdue[o] }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} lg={5}>
            <Form.Item name="search" label={pt.search}>
              <Input allowClear autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" htmlType="submit">
            {pt.searchButton}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setParams({ year: String(query.year) });
            }}
          >
            {pt.reset}
          </Button>
          <Button icon={<DownloadOutlined />} href={xlsxUrl('/api/v1/projects', { ...query })}>
            {pt.exportExcel}
          </Button>
        </Space>
      </Form>
      {total && (
        <Row gutter={16} style={{ marginBottom: 16 }} data-testid="project-summary">
          <Col xs={12} md={4}>
            <Statistic title={pt.listed} value={total.listed} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={pt.startRate} value={percent(total.startRate)} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={pt.productionRate} value={percent(total.productionRate)} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={pt.investmentProgress} value={percent(total.investmentProgress)} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={pt.flags.red} value={total.red} styles={{ content: { color: '#cf1322' } }} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={pt.flags.yellow} value={total.yellow} styles={{ content: { color: '#d48806' } }} />
          </Col>
        </Row>
      )}
      {projects.isError ? (
        <QueryError error={projects.error} onRetry={() => void projects.refetch()} />
      ) : (
        <Table<ProjectSummary>
          rowKey="id"
          size="small"
          loading={projects.isFetching}
          dataSource={projects.data?.items ?? []}
          locale={{ emptyText: pt.empty }}
          scroll={{ x: 1300 }}
          data-testid="projects-table"
          pagination={{ pageSize: 20, showTotal: (n) => pt.total(n), showSizeChanger: true }}
          columns={[
            { key: 'code', title: pt.code, width: 90, render: (_, p) => p.code },
            {
              key: 'name',
              title: pt.name,
              width: 240,
              render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link>,
            },
            { key: 'region', title: pt.county, width: 90, render: (_, p) => localize(p.regionName) },
            { key: 'industry', title: pt.industry, width: 130, render: (_, p) => industryName(p.industryCode) },
            {
              key: 'stage',
              title: pt.stage,
              width: 80,
              render: (_, p) => <StageTag stage={p.stage} />,
            },
            {
              key: 'total',
              title: pt.totalInvestment,
              width: 120,
              align: 'right',
              render: (_, p) => money(p.totalInvestment),
            },
            {
              key: 'planned',
              title: pt.plannedInvestment,
              width: 120,
              align: 'right',
              render: (_, p) => money(p.plannedInvestment),
            },
            {
              key: 'completed',
              title: pt.completed,
              width: 120,
              align: 'right',
              render: (_, p) => money(p.investmentCompleted),
            },
            {
              key: 'ratio',
              title: pt.progress,
              width: 90,
              align: 'right',
              sorter: (a, b) => (a.investmentRatio ?? 9) - (b.investmentRatio ?? 9),
              render: (_, p) => percent(p.investmentRatio),
            },
            { key: 'plannedStart', title: pt.plannedStart, width: 105, render: (_, p) => p.plannedStartOn ?? '—' },
            {
              key: 'started',
              title: pt.actualStart,
              width: 105,
              render: (_, p) => p.stageDates.started ?? '—',
            },
            {
              key: 'flag',
              title: pt.flag,
              width: 80,
              render: (_, p) => <FlagTag flag={p.flag} reasons={p.flagReasons} />,
            },
          ]}
        />
      )}
      {writer && <ProgressImport />}
    </Card>
  );
}

type Outcome = Schemas['ProgressImportOutcome'];

/** 导入月度进度: the progress file, all or nothing, with the problems row by row. */
function ProgressImport() {
  const { t } = useLocale();
  const pt = t.projects;
  const [dryRun, setDryRun] = useState(true);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const res = await fetch(
        `/api/v1/project-progress/imports?fileName=${encodeURIComponent(file.name)}${dryRun ? '&dryRun=true' : ''}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': csrfTokenNow() ?? '' },
          body: file,
        },
      );
      setOutcome((await res.json()) as Outcome);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={pt.importTitle} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{pt.importHint}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} href="/api/v1/project-progress/template">
          {pt.template}
        </Button>
        <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
          {pt.dryRun}
        </Checkbox>
        <Upload
          accept=".xlsx,.csv,.json"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            {pt.upload}
          </Button>
        </Upload>
      </Space>
      {outcome && (
        <div style={{ marginTop: 12 }}>
          <Alert
            type={outcome.status === 'rejected' ? 'error' : 'success'}
            showIcon
            title={
              outcome.status === 'rejected'
                ? pt.importRejected(outcome.problems.length)
                : (outcome.status === 'dry_run' ? pt.importChecked : pt.importDone)(
                    outcome.inserted,
                    outcome.changed,
                    outcome.unchanged,
                  )
            }
          />
          {outcome.problems.length > 0 && (
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              dataSource={outcome.problems}
              pagination={false}
              columns={[
                { key: 'row', title: pt.row, width: 60, render: (_, p) => p.row ?? '—' },
                { key: 'column', title: pt.column, width: 160, render: (_, p) => p.column ?? '—' },
                { key: 'value', title: pt.value, width: 120, render: (_, p) => p.value ?? '—' },
                { key: 'reason', title: pt.reason, render: (_, p) => p.reason.zh },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}
