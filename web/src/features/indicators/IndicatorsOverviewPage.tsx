import { useEffect, useMemo } from 'react';
import { Alert, Card, Col, Empty, List, Row, Skeleton, Space, Typography } from 'antd';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n';
import { ExportButton } from './ExportButton';
import { chartValue, periodLabel, targetYearSeries, yearsBetween } from './indicatorsView';
import { PeriodSelector } from './PeriodSelector';
import { StatusLegend, StatusTag } from './StatusTag';
import { TargetCard } from './TargetCard';
import { usePeriod } from './usePeriod';
import { useProgress, useWarnings, useYearlyProgress } from './useIndicators';

/** 指标总览: the plan's targets as cards with their status, spark lines and the early warnings of the period. */
export function IndicatorsOverviewPage() {
  const { t, locale, localize } = useLocale();
  const it = t.indicators;
  const p = usePeriod();
  const progress = useProgress({ period: p.text });
  const lastYear = p.lastFullYear;
  const years = useMemo(() => (lastYear ? yearsBetween(p.baseYear, lastYear) : []), [p.baseYear, lastYear]);
  const yearly = useYearlyProgress(years);

  useEffect(() => {
    document.title = `${it.pageTitle} · ${t.app.product}`;
  }, [t, it]);

  const columns = [
    { key: 'target', title: it.columns.target },
    { key: 'status', title: it.columns.status },
    { key: 'actual', title: it.columns.actual },
    { key: 'trajectory', title: it.columns.trajectory },
    { key: 'targetValue', title: it.columns.targetValue },
    { key: 'unit', title: it.columns.unit },
    { key: 'forecast', title: it.columns.forecast },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{it.pageTitle}</PageTitle>}
        extra={
          progress.data ? (
            <ExportButton
              testId="export-overview"
              table={() => ({
                title: `${it.pageTitle} ${p.period ? periodLabel(p.period, locale) : ''}`,
                columns,
                rows: progress.data.items.map((i) => ({
                  target: localize(i.name),
                  status: it.status[i.status],
                  actual: chartValue(i.actual, i.unit, locale),
                  trajectory: chartValue(i.trajectory, i.unit, locale),
                  targetValue: chartValue(i.target_value, i.unit, locale),
                  unit: i.unit === 'yuan' ? it.unitYi : it.unitPct,
                  forecast: chartValue(i.forecast, i.unit, locale),
                })),
                note: it.chartExportNote,
              })}
            />
          ) : null
        }
      >
        <Typography.Paragraph type="secondary">{it.intro}</Typography.Paragraph>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <PeriodSelector period={p.period} baseYear={p.baseYear} latestYear={p.latestYear} onChange={p.setPeriod} />
          <StatusLegend />
        </Space>
      </Card>
      {progress.isPending ? (
        <Card>
          <Skeleton active aria-busy="true" />
        </Card>
      ) : progress.isError ? (
        <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : progress.data.items.length === 0 ? (
        <Empty description={it.noTargets} />
      ) : (
        <Row gutter={[16, 16]} data-testid="target-cards">
          {progress.data.items.map((item) => (
            <Col key={item.target} xs={24} md={12} xl={8} xxl={6}>
              <TargetCard
                item={item}
                series={targetYearSeries(item.target, years, yearly.byYear)}
                to={p.link(`/indicators/targets/${item.target}`)}
              />
            </Col>
          ))}
        </Row>
      )}
      <WarningsCard period={p.text} />
    </Space>
  );
}

function WarningsCard({ period }: { period: string | undefined }) {
  const { t, localize, locale } = useLocale();
  const it = t.indicators;
  const warnings = useWarnings(period);
  return (
    <Card
      title={<h2 className="section-title">{it.warningsTitle}</h2>}
      data-testid="warnings"
      extra={
        warnings.data && warnings.data.items.length > 0 ? (
          <ExportButton
            testId="export-warnings"
            table={() => ({
              title: `${it.warningsTitle} ${warnings.data.period}`,
              columns: [
                { key: 'region', title: it.columns.region },
                { key: 'target', title: it.columns.target },
                { key: 'status', title: it.columns.status },
                { key: 'actual', title: it.columns.actual },
                { key: 'trajectory', title: it.columns.trajectory },
                { key: 'figure', title: it.columns.figure },
              ],
              rows: warnings.data.items.map((w) => ({
                region: localize(w.regionName),
                target: localize(w.targetName),
                status: it.status[w.status],
                actual: chartValue(w.actual, w.unit, locale),
                trajectory: chartValue(w.trajectory, w.unit, locale),
                figure: w.figure,
              })),
            })}
          />
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{it.warningsIntro}</Typography.Paragraph>
      {warnings.isPending ? (
        <Skeleton active />
      ) : warnings.isError ? (
        <QueryError error={warnings.error} onRetry={() => void warnings.refetch()} />
      ) : warnings.data.items.length === 0 ? (
        <Alert type="success" showIcon title={it.noWarnings} />
      ) : (
        <List
          size="small"
          dataSource={warnings.data.items}
          pagination={warnings.data.items.length > 10 ? { pageSize: 10, size: 'small' } : false}
          renderItem={(w) => (
            <List.Item>
              <Space align="start">
                <StatusTag status={w.status} />
                <span>
                  {locale === 'zh-CN'
                    ? w.figure
                    : `${localize(w.regionName)} · ${localize(w.targetName)} (${t.indicators.status[w.previousStatus]} → ${t.indicators.status[w.status]})`}
                </span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
