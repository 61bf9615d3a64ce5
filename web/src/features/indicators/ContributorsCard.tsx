import { Card, Skeleton, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n';
import { ExportButton } from './ExportButton';
import { chartValue, formatFigure, formatGrowth, formatPct } from './indicatorsView';
import { useContributors, type Contributor } from './useIndicators';

/** The enterprises behind the change of output (drill-down): largest change first, SEI-attributed. */
export function ContributorsCard({
  period,
  region,
  industry,
  regionName,
  title,
}: {
  period: string | undefined;
  region?: string;
  industry?: string;
  regionName: (code: string) => string;
  title: string;
}) {
  const { t, locale } = useLocale();
  const it = t.indicators;
  const contributors = useContributors({
    period,
    limit: 15,
    ...(region ? { region } : {}),
    ...(industry ? { industry } : {}),
  });
  const yi = (v: number | null) => formatFigure(v, 'yuan', locale);
  const signedYi = (v: number) => (v > 0 ? `+${yi(v)}` : v < 0 ? `−${yi(-v)}` : yi(0));
  return (
    <Card
      title={<h2 className="section-title">{title}</h2>}
      data-testid="contributors"
      extra={
        contributors.data ? (
          <ExportButton
            table={() => ({
              title: `${title} ${contributors.data.period}`,
              columns: [
                { key: 'name', title: it.columns.enterprise },
                { key: 'uscc', title: it.columns.uscc },
                { key: 'region', title: it.columns.county },
                { key: 'share', title: it.columns.attributed, unit: '%' },
                { key: 'value', title: it.columns.value, unit: it.unitYi },
                { key: 'lastYear', title: it.columns.lastYear, unit: it.unitYi },
                { key: 'change', title: it.columns.change, unit: it.unitYi },
              ],
              rows: contributors.data.items.map((c) => ({
                name: c.name,
                uscc: c.uscc,
                region: regionName(c.region),
                share: chartValue(c.share, 'ratio', locale),
                value: chartValue(c.value, 'yuan', locale),
                lastYear: chartValue(c.lastYear, 'yuan', locale),
                change: chartValue(c.change, 'yuan', locale),
              })),
              note: it.chartExportNote,
            })}
          />
        ) : null
      }
    >
      {contributors.isPending ? (
        <Skeleton active />
      ) : contributors.isError ? (
        <QueryError error={contributors.error} onRetry={() => void contributors.refetch()} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {it.contributorsIntro(
              yi(contributors.data.total.value),
              yi(contributors.data.total.lastYear),
              `${signedYi(contributors.data.total.change)}（${formatGrowth(
                contributors.data.total.lastYear > 0
                  ? contributors.data.total.change / contributors.data.total.lastYear
                  : null,
                'yuan',
                locale,
              )}）`,
            )}
          </Typography.Paragraph>
          <Table<Contributor>
            rowKey="uscc"
            size="small"
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: it.noContributors }}
            dataSource={contributors.data.items}
            data-testid="contributors-table"
            columns={[
              {
                key: 'name',
                title: it.columns.enterprise,
                render: (_, c) => <Link to={`/enterprises/${c.uscc}`}>{c.name}</Link>,
              },
              { key: 'region', title: it.columns.county, width: 110, render: (_, c) => regionName(c.region) },
              {
                key: 'share',
                title: it.columns.attributed,
                align: 'right',
                width: 90,
                render: (_, c) => formatPct(c.share, locale, 0),
              },
              { key: 'value', title: it.columns.value, align: 'right', render: (_, c) => yi(c.value) },
              { key: 'lastYear', title: it.columns.lastYear, align: 'right', render: (_, c) => yi(c.lastYear) },
              {
                key: 'change',
                title: it.columns.change,
                align: 'right',
                render: (_, c) => (
                  <Typography.Text type={c.change < 0 ? 'danger' : 'success'}>{signedYi(c.change)}</Typography.Text>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
