import { useEffect } from 'react';
import { Card, Skeleton, Space, Table } from 'antd';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { NotFound } from '../../components/RouteStates';
import { useLocale } from '../../i18n';
import { namesOf } from '../plan/planView';
import { usePlan } from '../plan/usePlan';
import { ContributorsCard } from './ContributorsCard';
import { ExportButton } from './ExportButton';
import { FigureTrendCard } from './FigureTrendCard';
import { chartValue, formatFigure, formatGrowth, periodLabel } from './indicatorsView';
import { PeriodSelector } from './PeriodSelector';
import { progressExport, ProgressTable } from './ProgressTable';
import { usePeriod } from './usePeriod';
import { useCountyFigures, useProgress, type Figure } from './useIndicators';

/** One industry: its targets, its figures by county, its trend and the enterprises behind its change. */
export function IndustryIndicatorsPage() {
  const { code = '' } = useParams();
  const { t, locale, localize } = useLocale();
  const it = t.indicators;
  const p = usePeriod();
  const plan = usePlan();
  const industry = plan.data?.industries.find((i) => i.code === code);
  const name = industry ? localize(industry.name) : code;
  const names = plan.data ? namesOf(plan.data, localize) : undefined;
  const progress = useProgress({ period: industry ? p.text : undefined, industry: code });
  const counties = useCountyFigures({ period: industry ? p.text : undefined, industry: code, code: 'output_value' });
  const periodText = p.period ? periodLabel(p.period, locale) : '';

  useEffect(() => {
    document.title = `${it.industryTitle(name)} · ${t.app.product}`;
  }, [t, it, name]);

  if (plan.data && !industry) return <NotFound />;
  const regionName = (c: string) => names?.region(c) ?? c;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{it.industryTitle(name)}</PageTitle>}
        extra={<Link to={p.link('/indicators/industries')}>{it.industriesTitle}</Link>}
      >
        <PeriodSelector period={p.period} baseYear={p.baseYear} latestYear={p.latestYear} onChange={p.setPeriod} />
      </Card>
      <Card
        title={<h2 className="section-title">{it.industryProgress}</h2>}
        extra={
          progress.data ? (
            <ExportButton
              table={() =>
                progressExport(`${name} ${it.industryProgress} ${periodText}`, progress.data.items, t, locale, localize)
              }
            />
          ) : null
        }
      >
        {progress.isPending ? (
          <Skeleton active />
        ) : progress.isError ? (
          <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
        ) : (
          <ProgressTable items={progress.data.items} link={p.link} />
        )}
      </Card>
      <Card
        title={<h2 className="section-title">{it.industryByCounty}</h2>}
        data-testid="industry-counties"
        extra={
          <ExportButton
            table={() => ({
              title: `${name} ${it.industryByCounty} ${periodText}`,
              columns: [
                { key: 'county', title: it.columns.county },
                { key: 'value', title: it.columns.output, unit: it.unitYi },
                { key: 'growth', title: it.columns.growth, unit: '%' },
              ],
              rows: (counties.data ?? []).map((f) => ({
                county: regionName(f.region),
                value: chartValue(f.value, 'yuan', locale),
                growth: chartValue(f.growth, 'ratio', locale),
              })),
              note: it.chartExportNote,
            })}
          />
        }
      >
        {counties.isError ? <QueryError error={counties.error} onRetry={() => void counties.refetch()} /> : null}
        <Table<Figure>
          rowKey="region"
          size="small"
          pagination={false}
          loading={counties.isPending}
          dataSource={counties.data ?? []}
          columns={[
            {
              key: 'county',
              title: it.columns.county,
              render: (_, f) => <Link to={p.link(`/indicators/counties/${f.region}`)}>{regionName(f.region)}</Link>,
            },
            {
              key: 'value',
              title: it.columns.output,
              align: 'right',
              render: (_, f) => formatFigure(f.value, 'yuan', locale),
            },
            {
              key: 'growth',
              title: it.columns.growth,
              align: 'right',
              render: (_, f) => formatGrowth(f.growth, 'yuan', locale),
            },
            {
              key: 'enterprises',
              title: it.columns.enterprises,
              align: 'right',
              render: (_, f) => f.enterprises,
            },
          ]}
        />
      </Card>
      <FigureTrendCard
        title={`${name} · ${it.industryTrend}`}
        industry={code}
        fromYear={p.baseYear}
        toYear={p.lastFullYear}
      />
      <ContributorsCard
        title={`${name} · ${it.contributorsTitle}`}
        period={p.text}
        industry={code}
        regionName={regionName}
      />
    </Space>
  );
}
