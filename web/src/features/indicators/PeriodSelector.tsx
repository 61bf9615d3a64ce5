import { Segmented, Select, Space, Typography } from 'antd';
import { useLocale } from '../../i18n';
import { formatPeriodText, periodLabel, yearsBetween, type Period, type PeriodKind } from './indicatorsView';

/** Year, quarter or month (year to date): the kind, the year, and the quarter or month. */
export function PeriodSelector({
  period,
  baseYear,
  latestYear,
  onChange,
}: {
  period: Period | undefined;
  baseYear: number;
  latestYear: number | undefined;
  onChange: (text: string) => void;
}) {
  const { t, locale } = useLocale();
  const it = t.indicators;
  if (!period || latestYear === undefined) return null;
  const years = yearsBetween(baseYear, Math.max(latestYear, period.year)).reverse();
  const change = (next: Period) => onChange(formatPeriodText(next));
  const kinds: PeriodKind[] = ['year', 'quarter', 'month'];
  return (
    <Space wrap data-testid="period-selector">
      <Typography.Text strong>{it.period}</Typography.Text>
      <Segmented<PeriodKind>
        value={period.kind}
        options={kinds.map((k) => ({ value: k, label: it.periodKind[k] }))}
        onChange={(kind) =>
          change(
            kind === 'year'
              ? { kind, year: period.year }
              : { kind, year: period.year, part: kind === 'quarter' ? 4 : 12 },
          )
        }
      />
      <Select<number>
        aria-label={it.periodKind.year}
        style={{ width: 150 }}
        value={period.year}
        onChange={(year) => change({ ...period, year })}
        options={years.map((y) => ({
          value: y,
          label: y === latestYear ? it.yearOption(y) + t.format.parenthetical(it.latest) : it.yearOption(y),
        }))}
        data-testid="period-year"
      />
      {period.kind === 'quarter' ? (
        <Select<number>
          aria-label={it.periodKind.quarter}
          style={{ width: 120 }}
          value={period.part}
          onChange={(part) => change({ ...period, part })}
          options={[1, 2, 3, 4].map((q) => ({ value: q, label: it.quarterOption(q) }))}
        />
      ) : null}
      {period.kind === 'month' ? (
        <Select<number>
          aria-label={it.periodKind.month}
          style={{ width: 120 }}
          value={period.part}
          onChange={(part) => change({ ...period, part })}
          options={yearsBetween(1, 12).map((m) => ({ value: m, label: it.monthOption(m) }))}
        />
      ) : null}
      <Typography.Text type="secondary" data-testid="period-label">
        {periodLabel(period, locale)}
      </Typography.Text>
    </Space>
  );
}
