import { useEffect, useMemo } from 'react';
import { Alert, Card, Descriptions, Skeleton, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { Chart } from '../../components/Chart';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { NotFound } from '../../components/RouteStates';
import { useLocale } from '../../i18n';
import { namesOf } from '../plan/planView';
import { usePlan } from '../plan/usePlan';
import { trendOption } from './charts';
import { ExportButton } from './ExportButton';
import {
  chartValue,
  forecastPath,
  formatFigure,
  formatPct,
  formatRequired,
  periodLabel,
  targetYearSeries,
  yearsBetween,
  type Status,
} from './indicatorsView';
import { PeriodSelector } from './PeriodSelector';
import { StatusTag } from './StatusTag';
import { usePeriod } from './usePeriod';
import { useCascade, useProgress, useYearlyProgress, type CascadeRow, type ProgressItem } from './useIndicators';

interface YearRow {
  year: number;
  actual: number | null;
  trajectory: number | null;
  status: Status | null;
  forecast: number | null;
}

/** One target: its trend against the required path and the target, the forecast, the yearly table, the breakdown. */
export function TargetPage() {
  const { id = '' } = useParams();
  const { t, locale, localize } = useLocale();
  const it = t.indicators;
  const p = usePeriod();
  const progress = useProgress({ period: p.text });
  const item = progress.data?.items.find((i) => i.target === id);
  const lastYear = p.lastFullYear;
  const shownUntil = Math.max(lastYear ?? p.targetYear, item?.target_year ?? p.targetYear);
  const years = useMemo(
    () => (lastYear ? yearsBetween(p.baseYear, shownUntil) : []),
    [p.baseYear, lastYear, shownUntil],
  );
  const yearly = useYearlyProgress(years);

  useEffect(() => {
    document.title = `${item ? localize(item.name) : it.trendTitle} · ${t.app.product}`;
  }, [t, it, item, localize]);

  const rows = useMemo<YearRow[]>(() => {
    if (!item) return [];
    const series = targetYearSeries(item.target, years, yearly.byYear).map((r) => ({
      ...r,
      // Years after the chosen period are not shown as actual: the page answers "as of" the period.
      actual: lastYear !== undefined && r.year <= lastYear ? r.actual : null,
      status: lastYear !== undefined && r.year <= lastYear ? r.status : null,
    }));
    const fromYear = item.forecast_years?.to;
    const from = series.find((r) => r.year === fromYear && r.actual !== null);
    const path = forecastPath(
      from && from.actual !== null ? { year: from.year, value: from.actual } : undefined,
      item.forecast,
      item.target_year,
      item.kind,
    );
    return series.map((r) => ({ ...r, forecast: path.find((f) => f.year === r.year)?.value ?? null }));
  }, [item, years, yearly.byYear, lastYear]);

  if (progress.isPending) return <Skeleton active aria-busy="true" />;
  if (progress.isError) return <QueryError error={progress.error} onRetry={() => void progress.refetch()} />;
  if (!item) return <NotFound />;

  const name = localize(item.name);
  const unitLabel = item.unit === 'yuan' ? it.unitYi : it.unitPct;
  const value = (v: number | null) => formatFigure(v, item.unit, locale);
  const option = trendOption(
    {
      years: rows.map((r) => r.year),
      actual: rows.map((r) => chartValue(r.actual, item.unit, locale)),
      trajectory: rows.map((r) => chartValue(r.trajectory, item.unit, locale)),
      forecast: rows.map((r) => chartValue(r.forecast, item.unit, locale)),
      targetValue: chartValue(item.target_value, item.unit, locale),
      targetYear: item.target_year,
      unitLabel,
    },
    { actual: it.actual, trajectory: it.trajectory, forecast: it.columns.forecastLine, target: it.targetLine },
  );
  const required = formatRequired(item.kind, item.required_annual_growth, locale);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <PageTitle>{name}</PageTitle>
            <StatusTag status={item.status} />
          </Space>
        }
        extra={<Link to={p.link('/indicators')}>{it.back}</Link>}
      >
        <PeriodSelector period={p.period} baseYear={p.baseYear} latestYear={p.latestYear} onChange={p.setPeriod} />
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          style={{ marginTop: 16 }}
          data-testid="target-facts"
        >
          <Descriptions.Item label={item.kind === 'annual_growth' ? it.growthActual : it.actual}>
            <strong>{value(item.actual)}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={it.trajectory}>{value(item.trajectory)}</Descriptions.Item>
          <Descriptions.Item label={it.targetValue(item.target_year)}>{value(item.target_value)}</Descriptions.Item>
          <Descriptions.Item label={it.columns.required}>{required ?? t.app.none}</Descriptions.Item>
          {item.forecast !== null ? (
            <Descriptions.Item label={it.columns.forecast} span={2}>
              {it.forecast(item.target_year, value(item.forecast))}
              {item.forecast_years ? it.forecastYears(item.forecast_years.from, item.forecast_years.to) : ''}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card
        title={<h2 className="section-title">{it.trendTitle}</h2>}
        extra={
          <ExportButton
            testId="export-trend"
            table={() => ({
              title: `${name} ${p.period ? periodLabel(p.period, locale) : ''}`,
              columns: [
                { key: 'year', title: it.columns.year },
                { key: 'actual', title: it.columns.actual, unit: unitLabel },
                { key: 'trajectory', title: it.columns.trajectory, unit: unitLabel },
                { key: 'status', title: it.columns.status },
                { key: 'forecast', title: it.columns.forecastLine, unit: unitLabel },
              ],
              rows: rows.map((r) => ({
                year: r.year,
                actual: chartValue(r.actual, item.unit, locale),
                trajectory: chartValue(r.trajectory, item.unit, locale),
                status: r.status ? it.status[r.status] : null,
                forecast: chartValue(r.forecast, item.unit, locale),
              })),
              note: `${it.targetValue(item.target_year)}${t.format.labelSeparator}${value(item.target_value)}。${it.chartExportNote}`,
            })}
          />
        }
      >
        <Typography.Paragraph type="secondary">{it.trendIntro(item.target_year)}</Typography.Paragraph>
        {yearly.error ? <QueryError error={yearly.error} /> : null}
        <div data-testid="trend-chart">
          <Chart option={option} ariaLabel={it.trendAria(name)} height={380} />
        </div>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {it.tableTitle}
        </Typography.Title>
        <Table<YearRow>
          rowKey="year"
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="trend-table"
          columns={[
            { key: 'year', title: it.columns.year, width: 90, render: (_, r) => r.year },
            { key: 'actual', title: it.columns.actual, align: 'right', render: (_, r) => value(r.actual) },
            { key: 'trajectory', title: it.columns.trajectory, align: 'right', render: (_, r) => value(r.trajectory) },
            {
              key: 'status',
              title: it.columns.status,
              render: (_, r) => (r.status ? <StatusTag status={r.status} /> : null),
            },
            {
              key: 'forecast',
              title: it.columns.forecastLine,
              align: 'right',
              // The forecast's first point is the last actual: the table shows only the years ahead.
              render: (_, r) => (r.forecast === null || r.actual !== null ? '' : value(r.forecast)),
            },
          ]}
        />
      </Card>
      <CascadeCard item={item} />
    </Space>
  );
}

function CascadeCard({ item }: { item: ProgressItem }) {
  const { t, locale, localize } = useLocale();
  const it = t.indicators;
  const plan = usePlan();
  const isAmount = item.kind === 'level' || item.kind === 'multiple';
  const cascade = useCascade(item.target, isAmount);
  const names = plan.data ? namesOf(plan.data, localize) : undefined;
  const industryName = (code: string | null) => (code ? (names?.industry(code) ?? code) : it.sei);
  const years = cascade.data ? yearsBetween(cascade.data.baseYear + 1, cascade.data.targetYear) : [];
  const yi = (v: number | null) => formatFigure(v, 'yuan', locale);

  return (
    <Card
      title={<h2 className="section-title">{it.cascadeTitle}</h2>}
      data-testid="cascade"
      extra={
        cascade.data ? (
          <ExportButton
            testId="export-cascade"
            table={() => ({
              title: `${it.cascadeTitle} ${localize(item.name)}`,
              columns: [
                { key: 'county', title: it.columns.county },
                { key: 'industry', title: it.columns.industry },
                { key: 'base', title: `${it.columns.base} ${cascade.data.baseYear}`, unit: it.unitYi },
                { key: 'weight', title: it.columns.weight, unit: '%' },
                { key: 'value', title: it.targetValue(cascade.data.targetYear), unit: it.unitYi },
                { key: 'basis', title: it.columns.basis },
                ...years.map((y) => ({ key: `y${y}`, title: `${it.columns.trajectory} ${y}`, unit: it.unitYi })),
              ],
              rows: cascade.data.rows.map((r) => ({
                county: localize(r.regionName),
                industry: industryName(r.industry),
                base: chartValue(r.base, 'yuan', locale),
                weight: chartValue(r.weight, 'ratio', locale),
                value: chartValue(r.value, 'yuan', locale),
                basis: it.cascadeBasis[r.basis] ?? r.basis,
                ...Object.fromEntries(
                  years.map((y) => [
                    `y${y}`,
                    chartValue(r.trajectory.find((p) => p.year === y)?.value, 'yuan', locale),
                  ]),
                ),
              })),
              note: it.cascadeIntro(cascade.data.baseYear),
            })}
          />
        ) : null
      }
    >
      {!isAmount ? (
        <Alert type="info" showIcon title={it.notAnAmount} />
      ) : cascade.isPending ? (
        <Skeleton active />
      ) : cascade.isError ? (
        <QueryError error={cascade.error} onRetry={() => void cascade.refetch()} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {it.cascadeIntro(cascade.data.baseYear)}{' '}
            {cascade.data.cityValue !== null ? it.cascadeCity(yi(cascade.data.cityValue)) : null}
          </Typography.Paragraph>
          <Table<CascadeRow>
            rowKey={(r) => `${r.region}|${r.industry ?? ''}`}
            size="small"
            pagination={false}
            scroll={{ x: 900 + years.length * 110 }}
            dataSource={cascade.data.rows}
            data-testid="cascade-table"
            columns={[
              {
                key: 'county',
                title: it.columns.county,
                width: 110,
                fixed: 'left',
                render: (_, r) => <Link to={`/indicators/counties/${r.region}`}>{localize(r.regionName)}</Link>,
              },
              { key: 'industry', title: it.columns.industry, width: 150, render: (_, r) => industryName(r.industry) },
              {
                key: 'base',
                title: it.columns.base + t.format.parenthetical(String(cascade.data.baseYear)),
                align: 'right',
                width: 120,
                render: (_, r) => yi(r.base),
              },
              {
                key: 'weight',
                title: it.columns.weight,
                align: 'right',
                width: 90,
                render: (_, r) => (r.weight === null ? t.app.none : formatPct(r.weight, locale)),
              },
              {
                key: 'value',
                title: it.targetValue(cascade.data.targetYear),
                align: 'right',
                width: 130,
                render: (_, r) => <strong>{yi(r.value)}</strong>,
              },
              {
                key: 'basis',
                title: it.columns.basis,
                width: 100,
                render: (_, r) => it.cascadeBasis[r.basis] ?? r.basis,
              },
              ...years.map((y) => ({
                key: `y${y}`,
                title: String(y),
                align: 'right' as const,
                width: 110,
                render: (_: unknown, r: CascadeRow) => yi(r.trajectory.find((p) => p.year === y)?.value ?? null),
              })),
            ]}
          />
        </>
      )}
    </Card>
  );
}
