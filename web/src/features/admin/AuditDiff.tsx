import type { ReactNode } from 'react';
import { Table, Tag, Typography, theme } from 'antd';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import type { Role } from '../../auth/roles';
import { namesOf } from '../plan/planView';
import { usePlan } from '../plan/usePlan';
import { diffRows, fieldOf, type DiffRow } from './auditDiff';

const timeFields = new Set(['at', 'createdAt', 'updatedAt', 'lockedUntil', 'expiresAt', 'revokedAt', 'lastUsedAt']);

/** Recorded values in words: industry and region names, role labels, local times, 是/否. */
function useAuditValue(): (path: string, value: unknown) => ReactNode {
  const { t, localize } = useLocale();
  const plan = usePlan().data;
  const names = plan ? namesOf(plan, localize) : undefined;
  return (path, value) => {
    if (value === undefined) return null;
    if (value === null) return <Typography.Text type="secondary">{t.app.none}</Typography.Text>;
    const field = fieldOf(path);
    if (typeof value === 'boolean') return value ? t.app.yes : t.app.no;
    if (Array.isArray(value)) {
      if (value.length === 0) return <Typography.Text type="secondary">{t.app.none}</Typography.Text>;
      const words = value.map((v) =>
        field === 'industryCodes' && typeof v === 'string' ? (names?.industry(v) ?? v) : String(v),
      );
      return words.join(t.format.listSeparator);
    }
    if (typeof value === 'object') return <Typography.Text code>{JSON.stringify(value)}</Typography.Text>;
    const text = String(value);
    if (field === 'regionCode' && names) return `${names.region(text)} ${text}`;
    if (field === 'role' && text in t.roles) return t.roles[text as Role];
    if (field === 'basis') {
      if (text === 'default') return t.counties.basisDefault;
      if (text === 'stated') return t.counties.basisStated;
    }
    if (timeFields.has(field)) return formatDateTime(text);
    return text;
  };
}

/** Before and after side by side, one field a row; the fields that changed are highlighted and say so. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useLocale();
  const at = t.audit;
  const { token } = theme.useToken();
  const show = useAuditValue();
  const rows = diffRows(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">{at.noData}</Typography.Text>;
  const changedCell = (row: DiffRow, side: 'before' | 'after') => ({
    style: row.changed ? { background: side === 'before' ? token.colorErrorBg : token.colorSuccessBg } : undefined,
  });
  return (
    <Table<DiffRow>
      rowKey="path"
      size="small"
      pagination={false}
      bordered
      dataSource={rows}
      tableLayout="fixed"
      data-testid="audit-diff"
      rowClassName={(row) => (row.changed ? 'audit-changed' : '')}
      columns={[
        {
          key: 'field',
          title: at.field,
          width: '26%',
          render: (_, row) => (
            <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography.Text code>{row.path || at.value}</Typography.Text>
              {row.changed ? (
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  {at.changed}
                </Tag>
              ) : null}
            </span>
          ),
        },
        {
          key: 'before',
          title: at.before,
          onCell: (row) => changedCell(row, 'before'),
          render: (_, row) => <div data-testid="diff-before">{show(row.path, row.before)}</div>,
        },
        {
          key: 'after',
          title: at.after,
          onCell: (row) => changedCell(row, 'after'),
          render: (_, row) => <div data-testid="diff-after">{show(row.path, row.after)}</div>,
        },
      ]}
    />
  );
}
