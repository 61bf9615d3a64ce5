import { useEffect } from 'react';
import { Card, Skeleton, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { formatDateTime, formatNumber } from '../../format';
import { useLocale } from '../../i18n';
import { useImportBatches, type ImportBatch } from './useImports';
import { PageTitle } from '../../components/PageTitle';

/** A batch's status as a coloured tag. */
export function BatchStatus({ status }: { status: ImportBatch['status'] }) {
  const { t } = useLocale();
  return <Tag color={status === 'committed' ? 'success' : 'error'}>{t.batches.statuses[status]}</Tag>;
}

/** The label of an import kind (the API types a batch's kind as text). */
export function useKindLabel(): (kind: string) => string {
  const { t } = useLocale();
  return (kind) => (t.imports.kinds as Record<string, string | undefined>)[kind] ?? kind;
}

/** 导入批次: every import with its file, counts, who and when; each opens to its problems and revisions. */
export function BatchesPage() {
  const { t, locale } = useLocale();
  const bt = t.batches;
  const batches = useImportBatches();
  const kindLabel = useKindLabel();

  useEffect(() => {
    document.title = `${bt.pageTitle} · ${t.app.product}`;
  }, [t, bt]);

  return (
    <Card title={<PageTitle>{bt.pageTitle}</PageTitle>}>
      <Typography.Paragraph type="secondary">{bt.intro}</Typography.Paragraph>
      {batches.isPending ? (
        <Skeleton active aria-busy="true" />
      ) : batches.isError ? (
        <QueryError error={batches.error} onRetry={() => void batches.refetch()} />
      ) : (
        <Table<ImportBatch>
          rowKey="id"
          size="middle"
          dataSource={batches.data.items}
          locale={{ emptyText: bt.empty }}
          scroll={{ x: 1100 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => bt.total(n) }}
          data-testid="batches-table"
          columns={[
            {
              key: 'id',
              title: bt.id,
              width: 80,
              render: (_, b) => <Link to={`/statistics/batches/${b.id}`}>#{b.id}</Link>,
            },
            {
              key: 'file',
              title: bt.fileName,
              render: (_, b) => (
                <Link to={`/statistics/batches/${b.id}`} style={{ wordBreak: 'break-all' }}>
                  {b.fileName}
                </Link>
              ),
            },
            { key: 'kind', title: bt.kind, width: 130, render: (_, b) => kindLabel(b.kind) },
            { key: 'status', title: bt.status, width: 100, render: (_, b) => <BatchStatus status={b.status} /> },
            {
              key: 'rows',
              title: bt.rows,
              width: 90,
              align: 'right',
              render: (_, b) => formatNumber(b.rowsTotal, locale),
            },
            {
              key: 'counts',
              title: bt.counts,
              width: 170,
              render: (_, b) =>
                b.status === 'committed'
                  ? `${formatNumber(b.inserted, locale)} / ${formatNumber(b.changed, locale)} / ${formatNumber(b.unchanged, locale)}`
                  : t.app.none,
            },
            {
              key: 'problems',
              title: bt.problems,
              width: 80,
              align: 'right',
              render: (_, b) =>
                b.problemCount > 0 ? (
                  <Typography.Text type="danger">{formatNumber(b.problemCount, locale)}</Typography.Text>
                ) : (
                  0
                ),
            },
            {
              key: 'login',
              title: bt.login,
              width: 140,
              render: (_, b) => <Typography.Text code>{b.login}</Typography.Text>,
            },
            {
              key: 'at',
              title: bt.at,
              width: 150,
              render: (_, b) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(b.createdAt)}</span>,
            },
            {
              key: 'duration',
              title: bt.duration,
              width: 90,
              align: 'right',
              render: (_, b) => t.imports.seconds(formatNumber(b.durationMs / 1000, locale)),
            },
          ]}
        />
      )}
    </Card>
  );
}
