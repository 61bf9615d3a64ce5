import { Alert, Descriptions, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';
import { ProblemsTable } from './ProblemsTable';
import type { ImportOutcome } from './useImports';

/** What became of an uploaded file: the counts when it passed, every problem when it was refused, and what was read. */
export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const { t, locale } = useLocale();
  const it = t.imports;
  const { source } = outcome;
  const counts = (
    <Space size={48} wrap data-testid="import-counts">
      <Statistic title={it.inserted} value={outcome.counts.inserted} />
      <Statistic title={it.changed} value={outcome.counts.changed} />
      <Statistic title={it.unchanged} value={outcome.counts.unchanged} />
    </Space>
  );
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="import-outcome">
      {outcome.status === 'rejected' ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="import-rejected"
          title={it.rejected(outcome.problemCount)}
          description={
            <>
              {it.rejectedHint}
              {outcome.truncated ? ` ${it.truncated(outcome.problems.length)}` : ''}
            </>
          }
        />
      ) : outcome.status === 'dry_run' ? (
        <Alert type="info" showIcon data-testid="import-dry-run" title={it.dryRunDone} description={it.dryRunHint} />
      ) : (
        <Alert type="success" showIcon data-testid="import-committed" title={it.committed} />
      )}
      {outcome.status !== 'rejected' && counts}
      {outcome.problems.length > 0 && (
        <div>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {it.problems}
          </Typography.Title>
          <ProblemsTable problems={outcome.problems} />
        </div>
      )}
      <Descriptions
        title={it.source}
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        data-testid="import-source"
        items={[
          { key: 'file', label: it.fileName, children: outcome.fileName },
          { key: 'kind', label: t.batches.kind, children: it.kinds[outcome.kind] },
          { key: 'format', label: it.format, children: source.format?.toUpperCase() ?? t.app.none },
          ...(source.sheet !== null ? [{ key: 'sheet', label: it.sheet, children: source.sheet }] : []),
          ...(source.otherSheets.length > 0
            ? [{ key: 'other', label: it.otherSheets, children: source.otherSheets.join(t.format.listSeparator) }]
            : []),
          ...(source.encoding !== null
            ? [{ key: 'encoding', label: it.encoding, children: source.encoding.toUpperCase() }]
            : []),
          ...(source.delimiter !== null
            ? [
                {
                  key: 'delimiter',
                  label: it.delimiter,
                  children: <Typography.Text code>{source.delimiter}</Typography.Text>,
                },
              ]
            : []),
          ...(source.headerRow !== null ? [{ key: 'header', label: it.headerRow, children: source.headerRow }] : []),
          { key: 'rows', label: it.dataRows, children: formatNumber(outcome.dataRows, locale) },
          {
            key: 'duration',
            label: it.duration,
            children: it.seconds(formatNumber(outcome.durationMs / 1000, locale)),
          },
          ...(outcome.batchId !== null
            ? [
                {
                  key: 'batch',
                  label: it.batch,
                  children: <Link to={`/statistics/batches/${outcome.batchId}`}>{it.viewBatch(outcome.batchId)}</Link>,
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}
