import { useEffect } from 'react';
import { Card, Descriptions, Empty, Skeleton, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { formatDateTime, formatNumber } from '../../format';
import { useLocale } from '../../i18n';
import { BatchStatus, useKindLabel } from './BatchesPage';
import { ProblemsTable } from './ProblemsTable';
import { indicatorKey, unitOfIndicator } from '../enterprises/useEnterprises';
import { useImportBatch } from './useImports';
import { PageTitle } from '../../components/PageTitle';

type BatchRevision = Schemas['ImportBatchDetail']['revisions'][number];

/** One import batch: what was read, its counts, its problems, and the figures it revised. */
export function BatchPage() {
  const { t, locale } = useLocale();
  const bt = t.batches;
  const id = Number(useParams().id);
  const batch = useImportBatch(id);
  const kindLabel = useKindLabel();
  const et = t.enterprises;
  const indicatorLabel = (indicator: string) => {
    const key = indicatorKey(indicator);
    return et.withUnit(et.indicators[key] ?? indicator, et.units[unitOfIndicator(key)]);
  };
  const value = (v: number | null, indicator: string) => {
    if (v === null) return t.app.none;
    return unitOfIndicator(indicatorKey(indicator)) === 'wan'
      ? formatNumber(v / 1e4, locale)
      : formatNumber(v, locale, 4);
  };

  useEffect(() => {
    document.title = `${bt.detailTitle(id)} · ${t.app.product}`;
  }, [t, bt, id]);

  return (
    <Card title={<PageTitle>{bt.detailTitle(id)}</PageTitle>} extra={<Link to="/statistics/batches">{bt.back}</Link>}>
      {batch.isPending ? (
        <Skeleton active aria-busy="true" />
      ) : batch.isError ? (
        <QueryError error={batch.error} onRetry={() => void batch.refetch()} />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            data-testid="batch-summary"
            items={[
              { key: 'file', label: bt.fileName, children: batch.data.fileName },
              { key: 'kind', label: bt.kind, children: kindLabel(batch.data.kind) },
              { key: 'status', label: bt.status, children: <BatchStatus status={batch.data.status} /> },
              { key: 'format', label: t.imports.format, children: batch.data.format.toUpperCase() },
              { key: 'source', label: bt.sourceDetail, children: batch.data.sourceDetail ?? t.app.none },
              { key: 'rows', label: bt.rows, children: formatNumber(batch.data.rowsTotal, locale) },
              { key: 'inserted', label: t.imports.inserted, children: formatNumber(batch.data.inserted, locale) },
              { key: 'changed', label: t.imports.changed, children: formatNumber(batch.data.changed, locale) },
              { key: 'unchanged', label: t.imports.unchanged, children: formatNumber(batch.data.unchanged, locale) },
              { key: 'problems', label: bt.problems, children: formatNumber(batch.data.problemCount, locale) },
              { key: 'login', label: bt.login, children: batch.data.login },
              { key: 'at', label: bt.at, children: formatDateTime(batch.data.createdAt) },
              {
                key: 'duration',
                label: bt.duration,
                children: t.imports.seconds(formatNumber(batch.data.durationMs / 1000, locale)),
              },
            ]}
          />
          <div>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t.imports.problems}
            </Typography.Title>
            {batch.data.problems.length > 0 ? (
              <ProblemsTable problems={batch.data.problems} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={bt.noProblems} />
            )}
          </div>
          <div>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {bt.revisions}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{bt.revisionsIntro}</Typography.Paragraph>
            <Table<BatchRevision>
              rowKey={(r) => `${r.subject}|${r.subjectKey}|${r.period}|${r.indicator}`}
              size="small"
              dataSource={batch.data.revisions}
              locale={{ emptyText: bt.noRevisions }}
              pagination={batch.data.revisions.length > 50 ? { pageSize: 50 } : false}
              scroll={{ x: 760 }}
              data-testid="batch-revisions"
              columns={[
                {
                  key: 'subject',
                  title: bt.subject,
                  render: (_, r) =>
                    r.subject === 'return' ? (
                      <Link to={`/enterprises/${r.subjectKey}`}>{r.subjectKey}</Link>
                    ) : (
                      <Typography.Text code>{r.subjectKey}</Typography.Text>
                    ),
                },
                { key: 'period', title: bt.period, width: 110, render: (_, r) => r.period },
                { key: 'indicator', title: bt.indicator, width: 160, render: (_, r) => indicatorLabel(r.indicator) },
                {
                  key: 'old',
                  title: bt.oldValue,
                  width: 160,
                  align: 'right',
                  render: (_, r) => value(r.oldValue, r.indicator),
                },
                {
                  key: 'new',
                  title: bt.newValue,
                  width: 160,
                  align: 'right',
                  render: (_, r) => value(r.newValue, r.indicator),
                },
              ]}
            />
          </div>
        </Space>
      )}
    </Card>
  );
}
