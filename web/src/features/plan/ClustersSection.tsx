import { Card, Table, Tag, Typography } from 'antd';
import { useLocale } from '../../i18n';
import { IndustryTag } from './IndustryTag';
import { industryColor, namesOf, type Plan } from './planView';

type Cluster = Plan['clusters'][number];

/** §四(一): the industrial clusters, where they are and which industry they serve. */
export function ClustersSection({ plan }: { plan: Plan }) {
  const { t, localize } = useLocale();
  const ct = t.plan.clusters;
  const names = namesOf(plan, localize);
  const industryIndex = (code: string) => plan.industries.findIndex((i) => i.code === code);
  const clusters = [...plan.clusters].sort(
    (a, b) => industryIndex(a.industryCode) - industryIndex(b.industryCode) || a.regionCode.localeCompare(b.regionCode),
  );
  return (
    <Card title={<h2 className="section-title">{ct.title}</h2>} data-testid="clusters">
      <Table<Cluster>
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ x: 800 }}
        dataSource={clusters}
        columns={[
          {
            key: 'name',
            title: ct.name,
            render: (_, cluster) => <Typography.Text strong>{localize(cluster.name)}</Typography.Text>,
          },
          { key: 'region', title: ct.region, render: (_, cluster) => names.region(cluster.regionCode) },
          {
            key: 'industry',
            title: ct.industry,
            render: (_, cluster) => (
              <IndustryTag
                name={names.industry(cluster.industryCode)}
                color={industryColor(plan, cluster.industryCode)}
              />
            ),
          },
          {
            key: 'status',
            title: ct.status,
            render: (_, cluster) => (
              <Tag color={cluster.status === 'existing' ? 'blue' : 'default'}>
                {t.plan.clusterStatus[cluster.status]}
              </Tag>
            ),
          },
          {
            key: 'note',
            title: ct.note,
            render: (_, cluster) =>
              cluster.note ? (
                <Typography.Text type="secondary" lang="zh-CN">
                  {cluster.note}
                </Typography.Text>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
