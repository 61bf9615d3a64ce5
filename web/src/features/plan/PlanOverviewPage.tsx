import { useEffect } from 'react';
import { Card, Col, Descriptions, Row, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useLocale } from '../../i18n';
import { AssessmentSection } from './AssessmentSection';
import { ClustersSection } from './ClustersSection';
import { IndustriesSection } from './IndustriesSection';
import { InstrumentsSection } from './InstrumentsSection';
import { isCounty, type Plan } from './planView';
import { RegionsSection } from './RegionsSection';
import { TargetsSection } from './TargetsSection';
import { usePlan } from './usePlan';

/** The plan as the database holds it: document, targets, industries, counties and map, clusters, instruments. */
export function PlanOverviewPage() {
  const { t } = useLocale();
  const plan = usePlan();

  useEffect(() => {
    document.title = `${t.app.product} · ${t.app.tagline}`;
  }, [t]);

  if (plan.isPending) {
    return (
      <Card aria-busy="true" title={t.plan.loadingPlan}>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;

  const data = plan.data;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }} data-testid="plan-overview">
      <DocumentHeader plan={data} />
      <PlanStats plan={data} />
      <TargetsSection plan={data} />
      <IndustriesSection plan={data} />
      <RegionsSection plan={data} />
      <ClustersSection plan={data} />
      <InstrumentsSection plan={data} />
      <AssessmentSection plan={data} />
    </div>
  );
}

function DocumentHeader({ plan }: { plan: Plan }) {
  const { t, locale, localize } = useLocale();
  const d = t.plan.document;
  return (
    <Card>
      <Typography.Text type="secondary">{t.plan.pageTitle}</Typography.Text>
      <Typography.Title level={1} style={{ marginTop: 4, marginBottom: 4, fontSize: 26 }}>
        {locale === 'zh-CN' ? plan.document.title : localize(plan.name)}
      </Typography.Title>
      {locale === 'zh-CN' ? (
        <Typography.Paragraph type="secondary">{localize(plan.name)}</Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary" lang="zh-CN">
          {plan.document.title}
        </Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'number', label: d.number, children: <span lang="zh-CN">{plan.document.number}</span> },
          { key: 'issuer', label: d.issuer, children: <span lang="zh-CN">{plan.document.issuer}</span> },
          { key: 'issued', label: d.issued, children: formatDate(plan.document.issued, locale) },
          { key: 'period', label: d.period, children: d.periodValue(plan.baseYear, plan.targetYear) },
          {
            key: 'version',
            label: d.dataVersion,
            children: d.dataVersionValue(plan.version, dayjs(plan.loadedAt).format('YYYY-MM-DD HH:mm')),
          },
        ]}
      />
    </Card>
  );
}

function PlanStats({ plan }: { plan: Plan }) {
  const { t } = useLocale();
  const s = t.plan.stats;
  const stats = [
    { key: 'industries', title: s.industries, value: plan.industries.length, unit: s.countUnit.industries },
    { key: 'targets', title: s.targets, value: plan.targets.length, unit: s.countUnit.targets },
    { key: 'counties', title: s.counties, value: plan.regions.filter(isCounty).length, unit: s.countUnit.counties },
    { key: 'clusters', title: s.clusters, value: plan.clusters.length, unit: s.countUnit.clusters },
  ];
  return (
    <Row gutter={[16, 16]}>
      {stats.map((stat) => (
        <Col key={stat.key} xs={12} md={6}>
          <Card size="small">
            <Statistic title={stat.title} value={stat.value} suffix={stat.unit || undefined} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
