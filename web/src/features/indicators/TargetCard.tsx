import { useMemo } from 'react';
import { Card, Space, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { sparkOption } from './charts';
import { chartValue, formatFigure, formatGrowth, formatRequired, statusColor } from './indicatorsView';
import { StatusTag } from './StatusTag';
import type { ProgressItem } from './useIndicators';

/** One §三 target at a glance: status colour, actual against the path and the target, what is still needed. */
export function TargetCard({
  item,
  series,
  to,
}: {
  item: ProgressItem;
  series: { year: number; actual: number | null; trajectory: number | null }[];
  to: string;
}) {
  const { t, locale, localize } = useLocale();
  const it = t.indicators;
  const name = localize(item.name);
  const value = (v: number | null) => formatFigure(v, item.unit, locale);
  const required = formatRequired(item.kind, item.required_annual_growth, locale);
  const spark = useMemo(
    () =>
      sparkOption(
        {
          years: series.map((p) => p.year),
          actual: series.map((p) => chartValue(p.actual, item.unit, locale)),
          trajectory: series.map((p) => chartValue(p.trajectory, item.unit, locale)),
        },
        { actual: it.actual, trajectory: it.trajectory },
      ),
    [series, item.unit, locale, it],
  );
  const ytd = item.year_to_date;
  const ytdText =
    ytd && ytd.change !== null && ytd.required !== null
      ? it.yearToDate(
          formatGrowth(ytd.change, ytd.measure === 'points' ? 'ratio' : 'yuan', locale),
          formatGrowth(ytd.required, ytd.measure === 'points' ? 'ratio' : 'yuan', locale),
        )
      : null;

  return (
    <Card
      size="small"
      data-testid="target-card"
      data-target={item.target}
      style={{ borderTop: `5px solid ${statusColor[item.status]}`, height: '100%' }}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 4, height: '100%' } }}
    >
      <Space align="start" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong style={{ fontSize: 14, lineHeight: '20px' }}>
          {name}
        </Typography.Text>
        <StatusTag status={item.status} />
      </Space>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.kind === 'annual_growth' ? it.growthActual : it.actual}
        </Typography.Text>
        <div style={{ fontSize: 24, fontWeight: 600, lineHeight: '32px' }} data-testid="card-actual">
          {value(item.actual)}
        </div>
      </div>
      <Typography.Text style={{ fontSize: 13 }}>
        {it.trajectory} {value(item.trajectory)} · {it.targetValue(item.target_year)} {value(item.target_value)}
      </Typography.Text>
      {ytdText ? (
        <Typography.Text style={{ fontSize: 13 }} type="secondary">
          {ytdText}
        </Typography.Text>
      ) : null}
      {required ? (
        <Typography.Text style={{ fontSize: 13 }} strong={item.status === 'at_risk' || item.status === 'off_track'}>
          {required}
        </Typography.Text>
      ) : null}
      {item.forecast !== null ? (
        <Typography.Text style={{ fontSize: 13 }} type="secondary">
          {it.forecast(item.target_year, value(item.forecast))}
          {item.forecast_years ? it.forecastYears(item.forecast_years.from, item.forecast_years.to) : ''}
        </Typography.Text>
      ) : null}
      <div style={{ marginTop: 'auto' }}>
        <Chart option={spark} ariaLabel={it.sparkAria(name)} height={64} testId="spark" />
        <Link to={to} style={{ fontSize: 13 }}>
          {it.openTarget} <RightOutlined style={{ fontSize: 10 }} />
        </Link>
      </div>
    </Card>
  );
}
