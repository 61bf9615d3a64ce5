import { useEffect, useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { canEditCounty } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { QueryError } from '../../components/QueryError';
import { formatDateTime, formatNumber, formatPercent } from '../../format';
import { useLocale } from '../../i18n';
import { namesOf } from '../plan/planView';
import { usePlan } from '../plan/usePlan';
import { BasicsForm, ClassificationForm } from './EnterpriseForms';
import { SeiShares } from './SeiShares';
import { indicatorKey, unitOfIndicator, useEnterprise, type EnterpriseDetail } from './useEnterprises';
import { PageTitle } from '../../components/PageTitle';

type Version = EnterpriseDetail['seiShareHistory'][number];
type Return = EnterpriseDetail['returns'][number];
type Revision = EnterpriseDetail['revisions'][number];
type Figure = Exclude<keyof Return, 'period' | 'revision' | 'updatedAt'>;

/** The figures of a return, each with the unit it is shown in: money in 万元, people, energy, land as stored. */
const figures: { key: Figure; unit: 'wan' | 'persons' | 'tce' | 'mu' }[] = [
  { key: 'outputValue', unit: 'wan' },
  { key: 'salesOutput', unit: 'wan' },
  { key: 'valueAdded', unit: 'wan' },
  { key: 'revenue', unit: 'wan' },
  { key: 'rdExpense', unit: 'wan' },
  { key: 'taxes', unit: 'wan' },
  { key: 'employees', unit: 'persons' },
  { key: 'energyTce', unit: 'tce' },
  { key: 'landMu', unit: 'mu' },
];

/** One enterprise: its basics, how its SEI classification changed, its returns and every revised figure. */
export function EnterprisePage() {
  const { t, locale, localize } = useLocale();
  const et = t.enterprises;
  const uscc = useParams().uscc ?? '';
  const enterprise = useEnterprise(uscc);
  const plan = usePlan();
  const session = useSession();
  // The office, or the officer of the enterprise's county; the server decides, this hides what it would refuse.
  const editable = !!enterprise.data && canEditCounty(session.user, enterprise.data.regionCode);
  const [editing, setEditing] = useState(false);
  const [classifying, setClassifying] = useState(false);
  const industryName = (code: string) => (plan.data ? namesOf(plan.data, localize).industry(code) : code);

  useEffect(() => {
    document.title = `${enterprise.data?.name ?? et.pageTitle} · ${t.app.product}`;
  }, [t, et, enterprise.data?.name]);

  /** A stored figure in its display unit: yuan as 万元, the others as they are. */
  const shown = (value: number | null, unit: string | undefined) => {
    if (value === null) return t.app.none;
    // Amounts in a statistics table print with the same two decimals, so the columns line up as in a yearbook.
    return unit === 'wan' ? formatNumber(value / 1e4, locale, 2, 2) : formatNumber(value, locale, 4);
  };
  const month = (period: string | null, fallback: string) =>
    period === null ? fallback : period === '1900-01' ? et.fromStart : period;

  return (
    <Card
      title={<PageTitle>{enterprise.data?.name ?? et.pageTitle}</PageTitle>}
      extra={
        <Space wrap>
          {editable ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} disabled={editing}>
                {et.edit}
              </Button>
              <Button icon={<FileDoneOutlined />} onClick={() => setClassifying(true)} disabled={classifying}>
                {et.classify}
              </Button>
            </>
          ) : null}
          <Link to="/enterprises">{et.back}</Link>
        </Space>
      }
    >
      {enterprise.isPending ? (
        <Skeleton active aria-busy="true" />
      ) : enterprise.isError ? (
        enterprise.error instanceof ApiError && enterprise.error.status === 404 ? (
          <Typography.Paragraph type="secondary">{et.notFound}</Typography.Paragraph>
        ) : (
          <QueryError error={enterprise.error} onRetry={() => void enterprise.refetch()} />
        )
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions
            title={et.basics}
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            data-testid="enterprise-basics"
            items={[
              { key: 'name', label: et.name, children: enterprise.data.name },
              {
                key: 'uscc',
                label: et.uscc,
                children: <Typography.Text code>{enterprise.data.uscc}</Typography.Text>,
              },
              {
                key: 'region',
                label: et.region,
                children: `${localize(enterprise.data.regionName)}（${enterprise.data.regionCode}）`,
              },
              { key: 'industry', label: et.industryCode, children: enterprise.data.industryCode ?? t.app.none },
              { key: 'above', label: et.aboveScale, children: enterprise.data.aboveScale ? t.app.yes : t.app.no },
              {
                key: 'tags',
                label: et.tag,
                children:
                  enterprise.data.tags.length > 0
                    ? enterprise.data.tags.map((tag) => <Tag key={tag}>{et.tags[tag] ?? tag}</Tag>)
                    : t.app.none,
              },
              {
                key: 'sei',
                label: et.seiShares,
                span: 2,
                children: <SeiShares shares={enterprise.data.seiShares} />,
              },
              { key: 'created', label: et.createdAt, children: formatDateTime(enterprise.data.createdAt) },
              { key: 'updated', label: et.updatedAt, children: formatDateTime(enterprise.data.updatedAt) },
            ]}
          />
          {editable && (editing || classifying) ? (
            <Row gutter={[16, 16]} align="top">
              {editing ? (
                <Col xs={24} xl={classifying ? 10 : 12}>
                  <BasicsForm enterprise={enterprise.data} onDone={() => setEditing(false)} />
                </Col>
              ) : null}
              {classifying ? (
                <Col xs={24} xl={editing ? 14 : 16}>
                  <ClassificationForm enterprise={enterprise.data} onDone={() => setClassifying(false)} />
                </Col>
              ) : null}
            </Row>
          ) : null}
          <section>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {et.history}
            </Typography.Title>
            <Table<Version>
              rowKey={(v) => `${v.industryCode}|${v.validFrom}|${v.createdAt}`}
              size="small"
              pagination={false}
              dataSource={enterprise.data.seiShareHistory}
              locale={{ emptyText: et.notSei }}
              scroll={{ x: 900 }}
              data-testid="enterprise-history"
              columns={[
                { key: 'industry', title: et.industry, render: (_, v) => industryName(v.industryCode) },
                {
                  key: 'share',
                  title: et.share,
                  width: 80,
                  align: 'right',
                  render: (_, v) => formatPercent(v.share, locale),
                },
                { key: 'from', title: et.validFrom, width: 100, render: (_, v) => month(v.validFrom, '') },
                {
                  key: 'to',
                  title: et.validTo,
                  width: 100,
                  render: (_, v) => (v.validTo === null ? <Tag color="processing">{et.current}</Tag> : v.validTo),
                },
                { key: 'basis', title: et.basis, width: 110, render: (_, v) => et.bases[v.basis] },
                { key: 'note', title: et.note, render: (_, v) => v.note ?? t.app.none },
                { key: 'by', title: et.decidedBy, width: 120, render: (_, v) => v.decidedBy },
              ]}
            />
          </section>
          <section>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {et.returns}
            </Typography.Title>
            <Table<Return>
              rowKey="period"
              size="small"
              dataSource={enterprise.data.returns}
              locale={{ emptyText: et.noReturns }}
              pagination={enterprise.data.returns.length > 24 ? { pageSize: 24, showSizeChanger: false } : false}
              scroll={{ x: 1450 }}
              data-testid="enterprise-returns"
              columns={[
                { key: 'period', title: et.period, width: 90, fixed: 'left', render: (_, r) => r.period },
                // The label over its unit, so the narrow numeric columns need not break a word.
                ...figures.map((f) => ({
                  key: f.key,
                  width: 140,
                  title: (
                    <>
                      {et.indicators[f.key] ?? f.key}
                      <br />
                      <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                        {et.units[f.unit]}
                      </Typography.Text>
                    </>
                  ),
                  align: 'right' as const,
                  render: (_: unknown, r: Return) => shown(r[f.key], f.unit),
                })),
                { key: 'revision', title: et.revision, width: 80, align: 'right', render: (_, r) => r.revision },
              ]}
            />
          </section>
          <section>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {et.revisions}
            </Typography.Title>
            <Table<Revision>
              rowKey={(r) => `${r.period}|${r.indicator}|${r.revisedAt}`}
              size="small"
              dataSource={enterprise.data.revisions}
              locale={{ emptyText: et.noRevisions }}
              pagination={enterprise.data.revisions.length > 20 ? { pageSize: 20 } : false}
              scroll={{ x: 900 }}
              data-testid="enterprise-revisions"
              columns={[
                { key: 'period', title: et.period, width: 90, render: (_, r) => r.period },
                {
                  key: 'indicator',
                  title: t.batches.indicator,
                  render: (_, r) => {
                    const key = indicatorKey(r.indicator);
                    return et.withUnit(et.indicators[key] ?? r.indicator, et.units[unitOfIndicator(key)]);
                  },
                },
                {
                  key: 'old',
                  title: et.oldValue,
                  align: 'right',
                  render: (_, r) => shown(r.oldValue, unitOfIndicator(indicatorKey(r.indicator))),
                },
                {
                  key: 'new',
                  title: et.newValue,
                  align: 'right',
                  render: (_, r) => shown(r.newValue, unitOfIndicator(indicatorKey(r.indicator))),
                },
                {
                  key: 'batch',
                  title: et.batch,
                  width: 90,
                  render: (_, r) =>
                    r.batchId === null ? t.app.none : <Link to={`/statistics/batches/${r.batchId}`}>#{r.batchId}</Link>,
                },
                { key: 'by', title: et.revisedBy, width: 120, render: (_, r) => r.revisedBy },
                {
                  key: 'at',
                  title: et.revisedAt,
                  width: 150,
                  render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.revisedAt)}</span>,
                },
              ]}
            />
          </section>
        </Space>
      )}
    </Card>
  );
}
