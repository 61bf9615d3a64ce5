import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Progress, Radio, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n';
import { ImportOutcomeView } from './ImportOutcomeView';
import { kindsFor, uploadImport, useImportJob, type ImportJob, type ImportKind } from './useImports';
import { PageTitle } from '../../components/PageTitle';

/**
 * 数据导入: choose the kind and the file, upload it with progress, follow the job as the server reads it, then show
 * the counts, or every problem of a refused file by row.
 */
export function ImportPage() {
  const t = useT();
  const it = t.imports;
  const session = useSession();
  const queryClient = useQueryClient();
  const messageOf = useApiErrorMessage();
  const kinds = kindsFor(session.user);
  const [kind, setKind] = useState<ImportKind | undefined>(kinds[0]);
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [uploaded, setUploaded] = useState(0);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [started, setStarted] = useState<ImportJob | null>(null);
  const job = useImportJob(started);
  const current = started ? job.data : undefined;
  const running = uploading || current?.state === 'running';

  useEffect(() => {
    document.title = `${it.pageTitle} · ${t.app.product}`;
  }, [t, it]);

  const finished = current && current.state !== 'running';
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['import-batches'] });
    if (current?.outcome?.status === 'committed') void queryClient.invalidateQueries({ queryKey: ['enterprises'] });
  }, [finished, current?.outcome?.status, queryClient]);

  const start = async () => {
    if (!file || !kind) return;
    setUploading(true);
    setUploaded(0);
    setUploadError(null);
    setStarted(null);
    try {
      setStarted(await uploadImport(file, { kind, dryRun }, setUploaded));
    } catch (error) {
      setUploadError(error);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card title={<PageTitle>{it.pageTitle}</PageTitle>}>
      <Typography.Paragraph type="secondary">{it.intro}</Typography.Paragraph>
      {kinds.length === 0 || !kind ? (
        <Alert type="warning" showIcon title={it.noKinds} />
      ) : (
        <Form layout="vertical" data-testid="import-form" style={{ maxWidth: 760 }}>
          <Form.Item label={it.kind}>
            <Space wrap>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                value={kind}
                disabled={running}
                onChange={(e) => setKind(e.target.value as ImportKind)}
                options={kinds.map((k) => ({ value: k, label: it.kinds[k] }))}
              />
              <Button icon={<DownloadOutlined />} href={`/api/v1/imports/templates/${kind}`} download>
                {it.template}
              </Button>
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {it.templateHint}
            </Typography.Paragraph>
          </Form.Item>
          <Form.Item label={it.file}>
            <Upload
              accept=".xlsx,.csv,.json"
              maxCount={1}
              disabled={running}
              beforeUpload={(chosen) => {
                setFile(chosen);
                setStarted(null);
                setUploadError(null);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
            >
              <Button icon={<UploadOutlined />}>{it.chooseFile}</Button>
            </Upload>
          </Form.Item>
          <Form.Item>
            <Checkbox checked={dryRun} disabled={running} onChange={(e) => setDryRun(e.target.checked)}>
              {it.dryRun}
            </Checkbox>
          </Form.Item>
          <Form.Item>
            <Button type="primary" disabled={!file} loading={running} onClick={() => void start()}>
              {dryRun ? it.startDryRun : it.start}
            </Button>
          </Form.Item>
        </Form>
      )}
      <div aria-live="polite" style={{ maxWidth: 760 }}>
        {uploading && (
          <div data-testid="import-progress">
            <Typography.Text>{it.uploading}</Typography.Text>
            <Progress percent={Math.round(uploaded * 100)} status="active" />
          </div>
        )}
        {current?.state === 'running' && (
          <div data-testid="import-progress">
            <Typography.Text>
              {it.reading(current.rows)}
              {current.problems > 0 ? `${t.format.clauseSeparator}${it.problemsSoFar(current.problems)}` : ''}
            </Typography.Text>
            <Progress percent={100} status="active" showInfo={false} />
          </div>
        )}
      </div>
      {uploadError !== null && (
        <Alert type="error" showIcon title={it.uploadFailed} description={messageOf(uploadError)} />
      )}
      {job.isError && <Alert type="error" showIcon title={it.failed} description={messageOf(job.error)} />}
      {current?.state === 'failed' && (
        <Alert type="error" showIcon title={it.failed} description={current.error ?? undefined} />
      )}
      {current?.state === 'done' && current.outcome && <ImportOutcomeView outcome={current.outcome} />}
    </Card>
  );
}
