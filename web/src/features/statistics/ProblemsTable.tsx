import { Table, Typography } from 'antd';
import { useLocale } from '../../i18n';
import type { ImportProblem } from './useImports';

/** The problems of a refused file: row as Excel numbers it, column as the file wrote it, value, reason. */
export function ProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t, localize } = useLocale();
  const it = t.imports;
  return (
    <Table<ImportProblem>
      rowKey={(p) => `${p.row ?? 'file'}|${p.column ?? ''}|${p.code}|${p.value ?? ''}`}
      size="small"
      dataSource={problems}
      pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 760 }}
      data-testid="problems-table"
      columns={[
        {
          key: 'row',
          title: it.row,
          width: 80,
          align: 'right',
          render: (_, p) =>
            p.row === null ? <Typography.Text type="secondary">{it.wholeFile}</Typography.Text> : p.row,
        },
        {
          key: 'column',
          title: it.column,
          width: 200,
          render: (_, p) => p.column ?? <Typography.Text type="secondary">{it.wholeRow}</Typography.Text>,
        },
        {
          key: 'value',
          title: it.value,
          width: 200,
          render: (_, p) =>
            p.value === null ? (
              t.app.none
            ) : (
              <Typography.Text code style={{ wordBreak: 'break-all' }}>
                {p.value}
              </Typography.Text>
            ),
        },
        {
          key: 'reason',
          title: it.reason,
          render: (_, p) => <Typography.Text type="danger">{localize(p.reason)}</Typography.Text>,
        },
      ]}
    />
  );
}
