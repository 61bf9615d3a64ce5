import { useEffect, useState } from 'react';
import { Button, Card, Checkbox, Descriptions, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { hasRole } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n';
import { HandleProblemModal, MeetingFormModal, RaiseProblemModal } from './ProjectForms';
import { useMeeting, useMeetings, useProblems, type CoordinationProblem } from './useProjects';

function StatusTag({ p }: { p: CoordinationProblem }) {
  const { t } = useLocale();
  const pt = t.projects;
  return (
    <Space size={4}>
      <Tag color={p.status === 'resolved' ? 'green' : p.status === 'in_progress' ? 'blue' : 'default'}>
        {pt.statuses[p.status]}
      </Tag>
      {p.overdue && <Tag color="red">{pt.overdueTag}</Tag>}
    </Space>
  );
}

function useProblemColumns() {
  const { t, localize } = useLocale();
  const pt = t.projects;
  return [
    { key: 'title', title: pt.problemsTitle, width: 200, render: (_: unknown, p: CoordinationProblem) => p.title },
    {
      key: 'project',
      title: pt.project,
      width: 200,
      render: (_: unknown, p: CoordinationProblem) =>
        p.projectId ? <Link to={`/projects/${p.projectId}`}>{p.projectName}</Link> : t.app.none,
    },
    {
      key: 'county',
      title: pt.county,
      width: 90,
      render: (_: unknown, p: CoordinationProblem) => localize(p.regionName),
    },
    { key: 'raised', title: pt.raisedOn, width: 105, render: (_: unknown, p: CoordinationProblem) => p.raisedOn },
    {
      key: 'department',
      title: pt.department,
      width: 120,
      render: (_: unknown, p: CoordinationProblem) => p.department ?? t.app.none,
    },
    { key: 'due', title: pt.dueOn, width: 105, render: (_: unknown, p: CoordinationProblem) => p.dueOn ?? t.app.none },
    {
      key: 'status',
      title: pt.status,
      width: 140,
      render: (_: unknown, p: CoordinationProblem) => <StatusTag p={p} />,
    },
    {
      key: 'meetings',
      title: pt.meetings,
      width: 120,
      render: (_: unknown, p: CoordinationProblem) =>
        p.meetings.map((m) => (
          <Link key={m.id} to={`/projects/meetings/${m.id}`} style={{ display: 'block' }}>
            {m.heldOn}
          </Link>
        )),
    },
  ];
}

/** 协调解决重大问题: the problems, overdue ones flagged, and the office's meetings. */
export function ProblemsPage() {
  const { t } = useLocale();
  const pt = t.projects;
  const [overdue, setOverdue] = useState(false);
  const problems = useProblems(overdue);
  const meetings = useMeetings();
  const problemColumns = useProblemColumns();
  const session = useSession();
  const writer = hasRole(session.user, 'admin', 'county');
  const office = hasRole(session.user, 'admin');
  const [raising, setRaising] = useState(false);
  const [handling, setHandling] = useState<CoordinationProblem | undefined>(undefined);
  const [meeting, setMeeting] = useState(false);
  const allProblems = useProblems(false);
  const columns = writer
    ? [
        ...problemColumns,
        {
          key: 'actions',
          title: '',
          width: 110,
          fixed: 'right' as const,
          render: (_: unknown, p: CoordinationProblem) => (
            <Button size="small" type="link" onClick={() => setHandling(p)}>
              {pt.forms.handle}
            </Button>
          ),
        },
      ]
    : problemColumns;
  useEffect(() => {
    document.title = `${pt.problemsTitle} · ${t.app.product}`;
  }, [t, pt]);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{pt.problemsTitle}</PageTitle>}
        extra={
          <Space>
            {writer && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRaising(true)}
                data-testid="raise-problem"
              >
                {pt.forms.raiseProblem}
              </Button>
            )}
            <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
              {pt.onlyOverdue}
            </Checkbox>
            <Button
              icon={<DownloadOutlined />}
              href={`/api/v1/coordination-problems?format=xlsx${overdue ? '&overdue=true' : ''}`}
            >
              {pt.exportExcel}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{pt.problemsIntro}</Typography.Paragraph>
        {writer && <RaiseProblemModal open={raising} onClose={() => setRaising(false)} />}
        {writer && handling && <HandleProblemModal problem={handling} open onClose={() => setHandling(undefined)} />}
        {problems.isError ? (
          <QueryError error={problems.error} onRetry={() => void problems.refetch()} />
        ) : (
          <Table<CoordinationProblem>
            rowKey="id"
            size="small"
            loading={problems.isFetching}
            dataSource={problems.data?.items ?? []}
            columns={columns}
            scroll={{ x: 1100 }}
            pagination={{ pageSize: 15 }}
            data-testid="problems-table"
          />
        )}
      </Card>
      <Card
        title={pt.meetings}
        size="small"
        extra={
          office && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setMeeting(true)} data-testid="new-meeting">
              {pt.forms.newMeeting}
            </Button>
          )
        }
      >
        {office && (
          <MeetingFormModal problems={allProblems.data?.items ?? []} open={meeting} onClose={() => setMeeting(false)} />
        )}
        <List
          dataSource={meetings.data?.items ?? []}
          loading={meetings.isLoading}
          renderItem={(m) => (
            <List.Item>
              <Link to={`/projects/meetings/${m.id}`}>
                {m.heldOn} · {m.title}
              </Link>
              <Typography.Text type="secondary">{pt.problemCount(m.problemCount)}</Typography.Text>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

/** A meeting: who attended, what was decided, the problems discussed, and the previous meeting's follow-ups checked. */
export function MeetingPage() {
  const { id } = useParams();
  const { t } = useLocale();
  const pt = t.projects;
  const meeting = useMeeting(Number(id));
  const columns = useProblemColumns();
  if (meeting.isError) return <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  if (!m) return <Card loading />;
  const checkColors = { done: 'green', open: 'blue', overdue: 'red' } as const;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<PageTitle>{m.title}</PageTitle>} extra={<Link to="/projects/problems">{pt.problemsTitle}</Link>}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={pt.heldOn}>{m.heldOn}</Descriptions.Item>
          <Descriptions.Item label={pt.attendees}>{m.attendees}</Descriptions.Item>
          <Descriptions.Item label={pt.decisions}>{m.decisions ?? t.app.none}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={m.previous ? pt.previousCheck(m.previous.title, m.previous.heldOn) : pt.previousCheck('—', '—')}
        data-testid="previous-follow-ups"
      >
        {m.previous ? (
          <Table
            size="small"
            rowKey={(f) => f.problem.id}
            pagination={false}
            dataSource={m.previous.followUps}
            columns={[
              { key: 'title', title: pt.problemsTitle, render: (_, f) => f.problem.title },
              { key: 'followUp', title: pt.followUp, render: (_, f) => f.followUp ?? t.app.none },
              { key: 'department', title: pt.department, render: (_, f) => f.problem.department ?? t.app.none },
              { key: 'due', title: pt.dueOn, render: (_, f) => f.problem.dueOn ?? t.app.none },
              {
                key: 'check',
                title: pt.status,
                render: (_, f) => (
                  <Space size={4}>
                    <Tag color={checkColors[f.check]}>{pt.checks[f.check]}</Tag>
                    {f.discussedAgain && <Tag>{pt.discussedAgain}</Tag>}
                  </Space>
                ),
              },
            ]}
          />
        ) : (
          <Empty description={pt.noPrevious} />
        )}
      </Card>
      <Card size="small" title={pt.discussed}>
        <Table<CoordinationProblem>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={m.problems.map((i) => i.problem)}
          columns={columns}
          scroll={{ x: 1100 }}
        />
      </Card>
    </Space>
  );
}
