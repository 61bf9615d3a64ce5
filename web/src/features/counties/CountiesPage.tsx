import { useEffect } from 'react';
import { Card, Empty, Skeleton, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n';
import { FocusIndustries } from './FocusIndustries';
import { useCounties, type County } from './useCounties';
import { PageTitle } from '../../components/PageTitle';

/** The counties the person may see: all of them for the office and leaders, their own for a county officer. */
export function CountiesPage() {
  const { t, localize } = useLocale();
  const ct = t.counties;
  const counties = useCounties();

  useEffect(() => {
    document.title = `${ct.pageTitle} · ${t.app.product}`;
  }, [t, ct]);

  return (
    <Card title={<PageTitle>{ct.pageTitle}</PageTitle>}>
      {counties.isPending ? (
        <Skeleton active aria-busy="true" />
      ) : counties.isError ? (
        <QueryError error={counties.error} onRetry={() => void counties.refetch()} />
      ) : counties.data.items.length === 0 ? (
        <Empty description={ct.empty} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{ct.listIntro}</Typography.Paragraph>
          <Table<County>
            rowKey="code"
            size="middle"
            pagination={false}
            scroll={{ x: 900 }}
            dataSource={counties.data.items}
            data-testid="counties-table"
            columns={[
              {
                key: 'name',
                title: ct.name,
                width: 160,
                render: (_, county) => (
                  <Link to={`/counties/${county.code}`} style={{ fontWeight: 500 }}>
                    {localize(county.name)}
                  </Link>
                ),
              },
              {
                key: 'code',
                title: ct.code,
                width: 120,
                render: (_, county) => <Typography.Text code>{county.code}</Typography.Text>,
              },
              { key: 'kind', title: ct.kind, width: 90, render: (_, county) => t.plan.regionKinds[county.kind] },
              {
                key: 'focus',
                title: ct.focus,
                render: (_, county) => <FocusIndustries focus={county.focusIndustries} showNote={false} />,
              },
              {
                key: 'zones',
                title: ct.zones,
                width: 180,
                render: (_, county) =>
                  county.zones.length > 0
                    ? county.zones.map((z) => localize(z.name)).join(t.format.listSeparator)
                    : t.app.none,
              },
              {
                key: 'clusters',
                title: ct.clusters,
                width: 100,
                render: (_, county) => ct.count(county.clusters.length),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
