import { useEffect, useMemo } from 'react';
import { Card, Skeleton, Space, Table, Typography } from 'antd';
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
import { useFigures, useProgress } from './useIndicators';

export interface IndustryRow {
  industry: string;
  name: string;
  value: number | null;
  growth: number | null;
  share: number | null;
}

/** Industry figures (output, growth, share of above-size output) of one region at one period, SEI total last. */
export function useIndustryRows(period: string | undefined, region: string | undefined) {
  const plan = usePlan();
  const { t, localize } = useLocale();
  const industries = useMemo(() => (plan.data?.industries ?? []).map((i) => i.code), [plan.data]);
  const figures = useFigures({
    period: plan.data && region ? period : undefined,
    ...(region ? { regions: [region] } : {}),
    industries: [...industries, 'sei'],
    codes: ['output_value', 'output_share'],
  });
  const rows = useMemo<IndustryRow[]>(() => {
    const names = plan.data ? namesOf(plan.data, localize) : undefined;
    return [...industries, 'sei'].map((code) => {
      const output = figures.data?.find((f) => f.industry === code && f.code === 'output_value');
      const share = figures.data?.find((f) => f.industry === code && f.code === 'output_share');
      return {
        industry: code,
        name: code === 'sei' ? t.indicators.sei : (names?.industry(code) ?? code),
        value: output?.value ?? null,
        growth: output?.growth ?? null,
        share: share?.value ?? null,
      };
    });
  }, [figures.data, industries, plan.data, localize, t]);
  return { ...figures, rows };
}

export function IndustryTable({
  rows,
  link,
  testId,
}: {
  rows: IndustryRow[];
  link: (path: string) => string;
  testId?: string;
}) {
  const { t, locale } = useLocale();
  const it = t.indicators;
  return (
    <Table<IndustryRow>
      rowKey="industry"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid={testId}
      rowClassName={(r) => (r.industry === 'sei' ? 'indicator-total-row' : '')}
      columns={[
        {
          key: 'industry',
          title: it.columns.industry,
          render: (_, r) =>
            r.industry === 'sei' ? (
              <strong>{r.name}</strong>
            ) : (
              <Link to={link(`/indicators/industries/${r.industry}`)}>{r.name}</Link>
            ),
        },
        {
          key: 'output',
          title: it.columns.output,
          align: 'right',
          render: (_, r) => formatFigure(r.value, 'yuan', locale),
        },
        {
          key: 'growth',
          title: it.columns.growth,
          align: 'right',
          render: (_, r) => formatGrowth(r.growth, 'yuan', locale),
        },
        {
          key: 'share',
          title: it.columns.share,
          align: 'right',
          render: (_, r) => formatFigure(r.share, 'ratio', locale),
        },
      ]}
    />
  );
}

export function industryExport(
  title: string,
  rows: IndustryRow[],
  t: ReturnType<typeof useLocale>['t'],
  locale: ReturnType<typeof useLocale>['locale'],
) {
  const it = t.indicators;
  return {
    title,
    columns: [
      { key: 'name', title: it.columns.industry },
      { key: 'value', title: it.columns.output, unit: it.unitYi },
      { key: 'growth', title: it.columns.growth, unit: '%' },
      { key: 'share', title: it.columns.share, unit: '%' },
    ],
    rows: rows.map((r) => ({
      name: r.name,
      value: chartValue(r.value, 'yuan', locale),
      growth: chartValue(r.growth, 'ratio', locale),
      share: chartValue(r.share, 'ratio', locale),
    })),
    note: it.chartExportNote,
  };
}

/** A county's indicators: its broken-down targets, its industries, its trend and the enterprises behind it. */
export function CountyIndicatorsPage() {
  const { code = '' } = useParams();
  const { t, locale, localize } = useLocale();
  const it = t.indicators;
  const p = usePeriod();
  const plan = usePlan();
  const region = plan.data?.regions.find((r) => r.code === code);
  const name = region ? localize(region.name) : code;
  const progress = useProgress({ period: p.text, region: code });
  const industries = useIndustryRows(p.text, code);
  const names = plan.data ? namesOf(plan.data, localize) : undefined;
  const periodText = p.period ? periodLabel(p.period, locale) : '';

  useEffect(() => {
    document.title = `${it.countyTitle(name)} · ${t.app.product}`;
  }, [t, it, name]);

  if (plan.data && !region) return <NotFound />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{it.countyTitle(name)}</PageTitle>}
        extra={<Link to={p.link('/indicators/map')}>{it.mapTitle}</Link>}
      >
        <PeriodSelector period={p.period} baseYear={p.baseYear} latestYear={p.latestYear} onChange={p.setPeriod} />
      </Card>
      <Card
        title={<h2 className="section-title">{it.countyProgress}</h2>}
        data-testid="county-progress"
        extra={
          progress.data ? (
            <ExportButton
              table={() =>
                progressExport(`${name} ${it.countyProgress} ${periodText}`, progress.data.items, t, locale, localize)
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
        title={<h2 className="section-title">{it.countyIndustries}</h2>}
        extra={
          <ExportButton
            table={() => industryExport(`${name} ${it.countyIndustries} ${periodText}`, industries.rows, t, locale)}
          />
        }
      >
        {industries.isError ? <QueryError error={industries.error} /> : null}
        <Typography.Paragraph type="secondary">{periodText}</Typography.Paragraph>
        <IndustryTable rows={industries.rows} link={p.link} testId="county-industries" />
      </Card>
      <FigureTrendCard
        title={`${name} · ${it.countyTrend}`}
        region={code}
        fromYear={p.baseYear}
        toYear={p.lastFullYear}
        testId="county-trend"
      />
      <ContributorsCard
        title={`${name} · ${it.contributorsTitle}`}
        period={p.text}
        region={code}
        regionName={(c) => names?.region(c) ?? c}
      />
    </Space>
  );
}
