import { useEffect } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Skeleton, Space, Typography } from 'antd';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { useOpenIndex } from './useBulletins';

/** The public site (R14.3), no login: published bulletins to download and the published figures (CSV, JSON-stat). */
export function OpenDataPage() {
  const { t } = useLocale();
  const ot = t.openData;
  const index = useOpenIndex();

  useEffect(() => {
    document.title = `${ot.pageTitle} · ${t.app.product}`;
  }, [t, ot]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<PageTitle>{ot.pageTitle}</PageTitle>}>
        <Typography.Paragraph type="secondary">{ot.intro}</Typography.Paragraph>
        {index.isPending ? (
          <Skeleton active aria-busy="true" />
        ) : index.isError ? (
          <QueryError error={index.error} onRetry={() => void index.refetch()} />
        ) : (
          <>
            <Typography.Title level={5}>{ot.datasets}</Typography.Title>
            <Space wrap style={{ marginBottom: 16 }}>
              <Button icon={<DownloadOutlined />} href={index.data.datasets.csv}>
                {ot.csv}
              </Button>
              <Button icon={<DownloadOutlined />} href={index.data.datasets.jsonstat}>
                {ot.jsonstat}
              </Button>
              <Button icon={<DownloadOutlined />} href={index.data.datasets.jsonstatEn}>
                {ot.jsonstatEn}
              </Button>
              <Button type="link" href={index.data.api}>
                {ot.api}
              </Button>
            </Space>
            <Typography.Title level={5}>{ot.bulletins}</Typography.Title>
            {index.data.bulletins.length === 0 ? (
              <Empty description={ot.none} />
            ) : (
              <List
                data-testid="open-bulletins"
                dataSource={index.data.bulletins}
                renderItem={(b) => (
                  <List.Item
                    actions={(['pdf', 'docx', 'xlsx'] as const).map((format) => (
                      <Button key={format} size="small" icon={<DownloadOutlined />} href={b.files[format]} download>
                        {format.toUpperCase()}
                      </Button>
                    ))}
                  >
                    <List.Item.Meta
                      title={b.title}
                      description={`${ot.publishedAt}: ${formatDateTime(b.publishedAt)} · ${t.bulletins.version(b.version)}`}
                    />
                  </List.Item>
                )}
              />
            )}
          </>
        )}
      </Card>
    </Space>
  );
}
