import { useMemo } from 'react';
import { Card, Skeleton } from 'antd';
import { Chart } from '../../components/Chart';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n';
import { figureTrendOption } from './charts';
import { ExportButton } from './ExportButton';
import { chartValue } from './indicatorsView';
import { useTrend } from './useIndicators';

/** A region's or industry's output by year with its comparable growth, and the table behind it. */
export function FigureTrendCard({
  title,
  region,
  industry,
  fromYear,
  toYear,
  testId,
}: {
  title: string;
  region?: string;
  industry?: string;
  fromYear: number;
  toYear: number | undefined;
  testId?: string;
}) {
  const { t, locale } = useLocale();
  const it = t.indicators;
  const trend = useTrend({
    code: 'output_value',
    from: String(fromYear),
    to: toYear === undefined ? undefined : String(toYear),
    ...(region ? { region } : {}),
    ...(industry ? { industry } : {}),
  });
  const points = useMemo(
    () =>
      (trend.data ?? []).map((f) => ({
        period: f.period,
        value: chartValue(f.value, 'yuan', locale),
        growth: chartValue(f.growth, 'ratio', locale),
      })),
    [trend.data, locale],
  );
  const option = useMemo(
    () =>
      figureTrendOption(
        {
          periods: points.map((p) => p.period),
          value: points.map((p) => p.value),
          growth: points.map((p) => p.growth),
          valueLabel: it.unitYi,
          growthLabel: '%',
        },
        { value: it.columns.output, growth: it.columns.growth },
      ),
    [points, it],
  );
  return (
    <Card
      title={<h2 className="section-title">{title}</h2>}
      data-testid={testId}
      extra={
        <ExportButton
          table={() => ({
            title,
            columns: [
              { key: 'period', title: it.columns.year },
              { key: 'value', title: it.columns.output, unit: it.unitYi },
              { key: 'growth', title: it.columns.growth, unit: '%' },
            ],
            rows: points,
            note: it.chartExportNote,
          })}
        />
      }
    >
      {trend.isPending ? (
        <Skeleton active />
      ) : trend.isError ? (
        <QueryError error={trend.error} onRetry={() => void trend.refetch()} />
      ) : (
        <Chart option={option} ariaLabel={title} height={320} />
      )}
    </Card>
  );
}
