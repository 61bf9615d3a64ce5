import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { useLocale } from '../../i18n';
import { exportFileName } from './indicatorsView';

export interface ExportTable {
  title: string;
  columns: { key: string; title: string; unit?: string }[];
  rows: Record<string, string | number | null>[];
  note?: string;
}

/**
 * Exports the table behind a chart as an Excel workbook: the server writes it (POST /api/v1/exports/table), the
 * browser saves it. The table is built only when clicked, from what the page shows.
 */
export function ExportButton({ table, testId }: { table: () => ExportTable; testId?: string }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const errorMessage = useApiErrorMessage();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const body = table();
      const blob = unwrap(await api.POST('/api/v1/exports/table', { body, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName(body.title);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      void message.error(`${t.indicators.exportFailed}${t.format.labelSeparator}${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void download()}
      data-testid={testId}
    >
      {t.indicators.export}
    </Button>
  );
}
