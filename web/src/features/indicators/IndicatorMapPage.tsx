import { useEffect, useMemo, useState } from 'react';
import { Card, Col, Row, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { CountyMap, type CountyMapRegion } from '../../components/CountyMap';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n';
import { namesOf, type Region } from '../plan/planView';
import { usePlan } from '../plan/usePlan';
import { ExportButton } from './ExportButton';
import {
  chartValue,
  formatFigure,
  formatGrowth,
  growthBucketLabels,
  growthBuckets,
  growthColor,
  periodLabel,
  statusColor,
  type Status,
} from './indicatorsView';
import { PeriodSelector } from './PeriodSelector';
import { StatusLegend, StatusTag } from './StatusTag';
import { usePeriod } from './usePeriod';
import { useCountyFigures, useCountyProgress, useProgress } from './useIndicators';
import { useReadableCounties } from './useReadableCounties';

type Mode = 'status' | 'growth';

interface CountyRow {
  code: string;
  name: string;
  status: Status | null;
  actual: number | null;
  trajectory: number | null;
  unit: string;
  value: number | null;
  growth: number | null;
}

/** The counties coloured by a target's status or by output growth; a click opens the county. */
export function IndicatorMapPage() {
  const { t, locale, localize } = useLocale();
  const it = t.indicators;
  const p = usePeriod();
  const plan = usePlan();
  const navigate = useNavigate();
  const { city, counties } = useReadableCounties();
  const [mode, setMode] = useState<Mode>('status');
  const [target, setTarget] = useState<string | undefined>();
  const [industry, setIndustry] = useState('sei');
  const cityProgress = useProgress({ period: p.text });
  const targets = cityProgress.data?.items ?? [];
  const chosen = target ?? targets[0]?.target;
  const codes = useMemo(() => counties.map((c) => c.code), [counties]);
  const progress = useCountyProgress(mode === 'status' ? codes : [], p.text);
  const figures = useCountyFigures({
    period: mode === 'growth' ? p.text : undefined,
    code: 'output_value',
    ...(industry !== 'sei' ? { industry } : {}),
  });

  useEffect(() => {
    document.title = `${it.mapTitle} · ${t.app.product}`;
  }, [t, it]);

  const rows = useMemo<CountyRow[]>(
    () =>
      counties.map((county: Region) => {
        const item = progress.byRegion.get(county.code)?.items.find((i) => i.target === chosen);
        const figure = figures.data?.find((f) => f.region === county.code);
        return {
          code: county.code,
          name: localize(county.name),
          status: item?.status ?? null,
          actual: item?.actual ?? null,
          trajectory: item?.trajectory ?? null,
          unit: item?.unit ?? 'yuan',
          value: figure?.value ?? null,
          growth: figure?.growth ?? null,
        };
      }),
    [counties, progress.byRegion, figures.data, chosen, localize],
  );

  const mapRegions = useMemo<CountyMapRegion[]>(
    () =>
      rows.map((r) => {
        if (mode === 'status') {
          return {
            region: r.code,
            label: r.status ? `${r.name}\n${it.status[r.status]}` : r.name,
            colors: r.status ? [statusColor[r.status]] : [],
            tooltip: [
              r.name,
              r.status ? it.status[r.status] : it.noData,
              `${it.actual}${t.format.labelSeparator}${formatFigure(r.actual, r.unit, locale)}`,
              `${it.trajectory}${t.format.labelSeparator}${formatFigure(r.trajectory, r.unit, locale)}`,
            ],
          };
        }
        const color = growthColor(r.growth);
        return {
          region: r.code,
          label: `${r.name}\n${formatGrowth(r.growth, 'yuan', locale)}`,
          colors: color ? [color] : [],
          tooltip: [
            r.name,
            `${it.columns.output}${t.format.labelSeparator}${formatFigure(r.value, 'yuan', locale)}`,
            `${it.columns.growth}${t.format.labelSeparator}${formatGrowth(r.growth, 'yuan', locale)}`,
          ],
        };
      }),
    [rows, mode, it, t, locale],
  );

  const names = plan.data ? namesOf(plan.data, localize) : undefined;
  const targetName = targets.find((i) => i.target === chosen);
  const error = cityProgress.error ?? progress.error ?? figures.error;
  const subject =
    mode === 'status'
      ? targetName
        ? localize(targetName.name)
        : ''
      : `${it.byGrowth} · ${industry === 'sei' ? it.sei : (names?.industry(industry) ?? industry)}`;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{it.mapTitle}</PageTitle>}
        extra={
          <ExportButton
            testId="export-map"
            table={() => ({
              title: `${it.mapTitle} ${subject} ${p.period ? periodLabel(p.period, locale) : ''}`,
              columns:
                mode === 'status'
                  ? [
                      { key: 'county', title: it.columns.county },
                      { key: 'status', title: it.columns.status },
                      { key: 'actual', title: it.columns.actual, unit: targetName?.unit === 'ratio' ? '%' : it.unitYi },
                      {
                        key: 'trajectory',
                        title: it.columns.trajectory,
                        unit: targetName?.unit === 'ratio' ? '%' : it.unitYi,
                      },
                    ]
                  : [
                      { key: 'county', title: it.columns.county },
                      { key: 'output', title: it.columns.output, unit: it.unitYi },
                      { key: 'growth', title: it.columns.growth, unit: '%' },
                    ],
              rows: rows.map((r) => ({
                county: r.name,
                status: r.status ? it.status[r.status] : null,
                actual: chartValue(r.actual, r.unit, locale),
                trajectory: chartValue(r.trajectory, r.unit, locale),
                output: chartValue(r.value, 'yuan', locale),
                growth: chartValue(r.growth, 'ratio', locale),
              })),
              note: it.chartExportNote,
            })}
          />
        }
      >
        <Typography.Paragraph type="secondary">{it.mapIntro}</Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          <PeriodSelector period={p.period} baseYear={p.baseYear} latestYear={p.latestYear} onChange={p.setPeriod} />
          <Space wrap>
            <Typography.Text strong>{it.colourBy}</Typography.Text>
            <Segmented<Mode>
              value={mode}
              onChange={setMode}
              options={[
                { value: 'status', label: it.byStatus },
                { value: 'growth', label: it.byGrowth },
              ]}
              data-testid="map-mode"
            />
            {mode === 'status' ? (
              <Select<string>
                aria-label={it.chooseTarget}
                style={{ minWidth: 360 }}
                value={chosen}
                onChange={setTarget}
                options={targets.map((i) => ({ value: i.target, label: localize(i.name) }))}
                data-testid="map-target"
              />
            ) : (
              <Select<string>
                aria-label={it.chooseIndustry}
                style={{ minWidth: 240 }}
                value={industry}
                onChange={setIndustry}
                options={[
                  { value: 'sei', label: it.sei },
                  ...(plan.data?.industries ?? []).map((i) => ({ value: i.code, label: localize(i.name) })),
                ]}
              />
            )}
          </Space>
        </Space>
      </Card>
      {error ? <QueryError error={error} /> : null}
      <Card>
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={15}>
            <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }} data-testid="map-subject">
              {subject}
              {p.period ? ` · ${periodLabel(p.period, locale)}` : ''}
            </Typography.Title>
            <div data-testid="indicator-map">
              {city ? (
                <CountyMap
                  cityCode={city.code}
                  regions={mapRegions}
                  ariaLabel={it.mapAria}
                  noMapText={it.noMap}
                  loadFailedText={it.mapLoadFailed}
                  height={480}
                  onRegionClick={(code) => {
                    if (codes.includes(code)) void navigate(p.link(`/indicators/counties/${code}`));
                  }}
                />
              ) : null}
            </div>
          </Col>
          <Col xs={24} xl={9}>
            <Typography.Title level={3} style={{ fontSize: 14, marginTop: 0 }}>
              {it.legend}
            </Typography.Title>
            <div data-testid="map-legend" style={{ marginBottom: 16 }}>
              {mode === 'status' ? (
                <StatusLegend />
              ) : (
                <Space wrap>
                  {growthBucketLabels(locale).map((label, i) => (
                    <Tag
                      key={label}
                      bordered={false}
                      style={{
                        background: growthBuckets[i]?.color,
                        color: i === 1 || i === 2 ? '#1f1f1f' : '#ffffff',
                      }}
                    >
                      {label}
                    </Tag>
                  ))}
                  <Tag bordered={false} style={{ background: '#e8e8e8', color: '#1f1f1f' }}>
                    {it.noData}
                  </Tag>
                </Space>
              )}
            </div>
            <Table<CountyRow>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={rows}
              data-testid="map-table"
              columns={[
                {
                  key: 'county',
                  title: it.columns.county,
                  render: (_, r) => <Link to={p.link(`/indicators/counties/${r.code}`)}>{r.name}</Link>,
                },
                ...(mode === 'status'
                  ? [
                      {
                        key: 'status',
                        title: it.columns.status,
                        render: (_: unknown, r: CountyRow) => (r.status ? <StatusTag status={r.status} /> : null),
                      },
                      {
                        key: 'actual',
                        title: it.columns.actual,
                        align: 'right' as const,
                        render: (_: unknown, r: CountyRow) => formatFigure(r.actual, r.unit, locale),
                      },
                      {
                        key: 'trajectory',
                        title: it.columns.trajectory,
                        align: 'right' as const,
                        render: (_: unknown, r: CountyRow) => formatFigure(r.trajectory, r.unit, locale),
                      },
                    ]
                  : [
                      {
                        key: 'output',
                        title: it.columns.output,
                        align: 'right' as const,
                        render: (_: unknown, r: CountyRow) => formatFigure(r.value, 'yuan', locale),
                      },
                      {
                        key: 'growth',
                        title: it.columns.growth,
                        align: 'right' as const,
                        render: (_: unknown, r: CountyRow) => formatGrowth(r.growth, 'yuan', locale),
                      },
                    ]),
              ]}
            />
          </Col>
        </Row>
      </Card>
    </Space>
  );
}
