import { Table } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n';
import { ExportButton, type ExportTable } from './ExportButton';
import { chartValue, formatFigure, formatRequired } from './indicatorsView';
import { StatusTag } from './StatusTag';
import type { ProgressItem } from './useIndicators';

/** Targets as rows: status, actual, path, target value (broken down at a county), what is still needed, forecast. */
export function ProgressTable({ items, link }: { items: ProgressItem[]; link: (path: string) => string }) {
  const { t, locale, localize } = useLocale();
  const it = t.indicators;
  const value = (i: ProgressItem, v: number | null) => formatFigure(v, i.unit, locale);
  return (
    <Table<ProgressItem>
      rowKey="target"
      size="small"
      pagination={false}
      scroll={{ x: 1000 }}
      dataSource={items}
      data-testid="progress-table"
      columns={[
        {
          key: 'target',
          title: it.columns.target,
          width: 280,
          render: (_, i) => <Link to={link(`/indicators/targets/${i.target}`)}>{localize(i.name)}</Link>,
        },
        { key: 'status', title: it.columns.status, width: 100, render: (_, i) => <StatusTag status={i.status} /> },
        { key: 'actual', title: it.columns.actual, align: 'right', render: (_, i) => value(i, i.actual) },
        { key: 'trajectory', title: it.columns.trajectory, align: 'right', render: (_, i) => value(i, i.trajectory) },
        {
          key: 'targetValue',
          title: it.columns.targetValue,
          align: 'right',
          render: (_, i) => (
            <span title={i.cascade ? (it.cascadeBasis[i.cascade.basis] ?? '') : undefined}>
              {value(i, i.target_value)}
            </span>
          ),
        },
        {
          key: 'required',
          title: it.columns.required,
          render: (_, i) => formatRequired(i.kind, i.required_annual_growth, locale) ?? t.app.none,
        },
        {
          key: 'forecast',
          title: it.columns.forecast,
          align: 'right',
          render: (_, i) => (i.forecast === null ? t.app.none : value(i, i.forecast)),
        },
      ]}
    />
  );
}

/** The export of a progress table. */
export function progressExport(
  title: string,
  items: ProgressItem[],
  t: ReturnType<typeof useLocale>['t'],
  locale: ReturnType<typeof useLocale>['locale'],
  localize: ReturnType<typeof useLocale>['localize'],
): ExportTable {
  const it = t.indicators;
  return {
    title,
    columns: [
      { key: 'target', title: it.columns.target },
      { key: 'status', title: it.columns.status },
      { key: 'actual', title: it.columns.actual },
      { key: 'trajectory', title: it.columns.trajectory },
      { key: 'targetValue', title: it.columns.targetValue },
      { key: 'unit', title: it.columns.unit },
      { key: 'required', title: it.columns.required },
      { key: 'forecast', title: it.columns.forecast },
    ],
    rows: items.map((i) => ({
      target: localize(i.name),
      status: it.status[i.status],
      actual: chartValue(i.actual, i.unit, locale),
      trajectory: chartValue(i.trajectory, i.unit, locale),
      targetValue: chartValue(i.target_value, i.unit, locale),
      unit: i.unit === 'yuan' ? it.unitYi : it.unitPct,
      required: formatRequired(i.kind, i.required_annual_growth, locale),
      forecast: chartValue(i.forecast, i.unit, locale),
    })),
    note: it.chartExportNote,
  };
}

export { ExportButton };
