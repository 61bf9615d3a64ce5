import { useEffect, useState } from 'react';
import { Badge, Button, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { hasRole } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n';
import { ConvertLeadModal, LeadFormModal } from './ProjectForms';
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
  const session = useSession();
  const writer = hasRole(session.user, 'admin', 'county');
  // The form open: a lead to edit, null for a new one; a lead to convert.
  const [editing, setEditing] = useState<Lead | null | undefined>(undefined);
  const [converting, setConverting] = useState<Lead | undefined>(undefined);
  useEffect(() => {
    document.title = `${pt.leadsTitle} · ${t.app.product}`;
  }, [t, pt]);
  const items = leads.data?.items ?? [];
  return (
    <Card
      title={<PageTitle>{pt.leadsTitle}</PageTitle>}
      extra={
        <Space>
          {writer && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="new-lead">
              {pt.forms.newLead}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} href="/api/v1/project-leads?format=xlsx">
            {pt.exportExcel}
          </Button>
        </Space>
      }
      loading={leads.isLoading}
    >
      <Typography.Paragraph type="secondary">{pt.leadsIntro}</Typography.Paragraph>
      {writer && editing !== undefined && <LeadFormModal lead={editing} open onClose={() => setEditing(undefined)} />}
      {writer && converting && (
        <ConvertLeadModal
          lead={converting}
          defaultYear={new Date().getFullYear()}
          open
          onClose={() => setConverting(undefined)}
        />
      )}
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
                    {writer && l.stage !== 'converted' && (
                      <Space size={0} style={{ display: 'flex', marginTop: 4 }}>
                        <Button size="small" type="link" onClick={() => setEditing(l)}>
                          {pt.forms.edit}
                        </Button>
                        {l.stage !== 'dropped' && (
                          <Button size="small" type="link" onClick={() => setConverting(l)}>
                            {pt.forms.convert}
                          </Button>
                        )}
                      </Space>
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
