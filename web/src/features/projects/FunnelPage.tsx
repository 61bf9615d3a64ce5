import { useEffect, useMemo } from 'react';
import { Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { Chart, type ChartOption } from '../../components/Chart';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';
import { useMoney, usePercent } from './common';
import { useMeasures, type ProjectMeasures } from './useProjects';

type Group = ProjectMeasures['byCounty'][number];

/** 项目漏斗: sign → start → production of a list year, the lead times, and the rates by county and by industry. */
export function FunnelPage() {
  const { t, localize, locale } = useLocale();
  const pt = t.projects;
  const money = useMoney();
  const percent = usePercent();
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get('year')) || undefined;
  const monthParam = Number(params.get('month')) || undefined;
  const probe = useMeasures(yearParam ?? 2013);
  const year = yearParam ?? probe.data?.years.at(-1) ?? 2013;
  const measures = useMeasures(year, monthParam);
  const m = measures.data;

  useEffect(() => {
    document.title = `${pt.funnelTitle} · ${t.app.product}`;
  }, [t, pt]);

  const option = useMemo<ChartOption | null>(() => {
    if (!m) return null;
    const f = m.funnel;
    return {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          minSize: '20%',
          label: { position: 'inside', formatter: '{b}：{c}' },
          data: [
            { name: pt.listed, value: f.listed, itemStyle: { color: '#bfbfbf' } },
            { name: pt.stages.signed, value: f.signed, itemStyle: { color: '#4096ff' } },
            { name: pt.stages.started, value: f.started, itemStyle: { color: '#fa8c16' } },
            { name: pt.stages.producing, value: f.producing, itemStyle: { color: '#52c41a' } },
          ],
        },
      ],
    };
  }, [m, pt]);

  const days = (d: number | null) => (d === null ? t.app.none : pt.days(formatNumber(d, locale, 1)));
  const columns = [
    { key: 'name', title: '', render: (_: unknown, g: Group) => localize(g.name) },
    { key: 'listed', title: pt.listed, align: 'right' as const, render: (_: unknown, g: Group) => g.listed },
    { key: 'started', title: pt.started, align: 'right' as const, render: (_: unknown, g: Group) => g.started },
    {
      key: 'startRate',
      title: pt.startRate,
      align: 'right' as const,
      render: (_: unknown, g: Group) => percent(g.startRate),
    },
    {
      key: 'productionRate',
      title: pt.productionRate,
      align: 'right' as const,
      render: (_: unknown, g: Group) => percent(g.productionRate),
    },
    {
      key: 'completed',
      title: pt.completed,
      align: 'right' as const,
      render: (_: unknown, g: Group) => money(g.investmentCompleted),
    },
    {
      key: 'progress',
      title: pt.investmentProgress,
      align: 'right' as const,
      render: (_: unknown, g: Group) => percent(g.investmentProgress),
    },
    {
      key: 'start',
      title: pt.shouldStart,
      align: 'right' as const,
      render: (_: unknown, g: Group) => g.shouldHaveStarted,
    },
    { key: 'red', title: pt.flags.red, align: 'right' as const, render: (_: unknown, g: Group) => g.red },
    { key: 'yellow', title: pt.flags.yellow, align: 'right' as const, render: (_: unknown, g: Group) => g.yellow },
  ];

  return (
    <Card
      title={<PageTitle>{pt.funnelTitle}</PageTitle>}
      extra={
        <Space>
          <Select
            value={year}
            style={{ width: 100 }}
            options={(probe.data?.years ?? [year]).map((y) => ({ value: y, label: pt.yearOption(y) }))}
            onChange={(y) => setParams({ year: String(y) })}
          />
          <Select
            value={m?.month}
            style={{ width: 110 }}
            options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: pt.monthOption(i + 1) }))}
            onChange={(mo) => setParams({ year: String(year), month: String(mo) })}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{pt.funnelIntro}</Typography.Paragraph>
      {measures.isError && <QueryError error={measures.error} onRetry={() => void measures.refetch()} />}
      {m && option && (
        <>
          <Row gutter={24}>
            <Col xs={24} lg={14}>
              <Chart option={option} ariaLabel={pt.funnelTitle} height={340} testId="funnel-chart" />
            </Col>
            <Col xs={24} lg={10}>
              <Space orientation="vertical" size={24} style={{ marginTop: 24 }}>
                <Statistic
                  title={pt.signToStart}
                  value={days(m.funnel.signToStart.medianDays)}
                  suffix={<Typography.Text type="secondary">{pt.sample(m.funnel.signToStart.n)}</Typography.Text>}
                />
                <Statistic
                  title={pt.startToProduction}
                  value={days(m.funnel.startToProduction.medianDays)}
                  suffix={<Typography.Text type="secondary">{pt.sample(m.funnel.startToProduction.n)}</Typography.Text>}
                />
                <Space size={32}>
                  <Statistic title={pt.startRate} value={percent(m.total.startRate)} />
                  <Statistic title={pt.productionRate} value={percent(m.total.productionRate)} />
                  <Statistic title={pt.investmentProgress} value={percent(m.total.investmentProgress)} />
                </Space>
              </Space>
            </Col>
          </Row>
          <Typography.Title level={5}>{pt.byCounty}</Typography.Title>
          <Table<Group> size="small" rowKey="key" pagination={false} dataSource={m.byCounty} columns={columns} />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {pt.byIndustry}
          </Typography.Title>
          <Table<Group> size="small" rowKey="key" pagination={false} dataSource={m.byIndustry} columns={columns} />
        </>
      )}
    </Card>
  );
}
