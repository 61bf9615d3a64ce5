import { useEffect } from 'react';
import { Badge, Button, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n';
import { useLeads, type Lead } from './useProjects';

const columns: Lead['stage'][] = ['contact', 'negotiating', 'signed', 'converted', 'dropped'];
const kindColors: Record<Lead['kind'], string> = {
  fortune500: 'magenta',
  multinational: 'purple',
  central_soe: 'red',
  industry_leader: 'blue',
  research_institute: 'cyan',
};

/** 招商线索: a board with a column per stage; a converted lead links to its project. */
export function LeadsPage() {
  const { t, localize } = useLocale();
  const pt = t.projects;
  const leads = useLeads();
  useEffect(() => {
    document.title = `${pt.leadsTitle} · ${t.app.product}`;
  }, [t, pt]);
  const items = leads.data?.items ?? [];
  return (
    <Card
      title={<PageTitle>{pt.leadsTitle}</PageTitle>}
      extra={
        <Button icon={<DownloadOutlined />} href="/api/v1/project-leads?format=xlsx">
          {pt.exportExcel}
        </Button>
      }
      loading={leads.isLoading}
    >
      <Typography.Paragraph type="secondary">{pt.leadsIntro}</Typography.Paragraph>
      {leads.isError && <QueryError error={leads.error} onRetry={() => void leads.refetch()} />}
      <Row gutter={12} wrap={false} style={{ overflowX: 'auto' }} data-testid="leads-board">
        {columns.map((stage) => {
          const inStage = items.filter((l) => l.stage === stage);
          return (
            <Col key={stage} flex="1 0 220px">
              <Card
                size="small"
                title={
                  <Space>
                    {pt.leadStages[stage]}
                    <Badge count={inStage.length} showZero color="#8c8c8c" />
                  </Space>
                }
                styles={{ body: { background: '#fafafa', minHeight: 200 } }}
              >
                {inStage.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
                {inStage.map((l) => (
                  <Card key={l.id} size="small" style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{l.targetCompany}</Typography.Text>
                    <div>
                      <Tag color={kindColors[l.kind]}>{pt.leadKinds[l.kind]}</Tag>
                      <Tag>{localize(l.regionName)}</Tag>
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {pt.owner}：{l.owner}
                    </Typography.Text>
                    {l.nextStep && (
                      <div style={{ fontSize: 12 }}>
                        {pt.nextStep}：{l.nextStep}
                        {l.nextStepDue ? `（${pt.due} ${l.nextStepDue}）` : ''}
                      </div>
                    )}
                    {l.projectId && l.projectCode && (
                      <Link to={`/projects/${l.projectId}`} style={{ fontSize: 12 }}>
                        {pt.convertedTo(l.projectCode)}
                      </Link>
                    )}
                  </Card>
                ))}
              </Card>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
