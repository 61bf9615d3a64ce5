import { useEffect, useRef, useState } from 'react';
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { allRoles, type Role } from '../../auth/roles';
import { useRoleLabel } from '../../auth/useRoleLabel';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useT } from '../../i18n';
import { UserFormModal } from './UserFormModal';
import { useUsers, type User } from './useUsers';
import { PageTitle } from '../../components/PageTitle';

/** The accounts: search, filter by role, create, and change (name, roles, disable, password reset). */
export function UsersPage() {
  const t = useT();
  const ut = t.users;
  const roleLabel = useRoleLabel();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | undefined>(undefined);
  const users = useUsers({ ...(search ? { search } : {}), ...(role ? { role } : {}) });
  // The dialog stays mounted while it closes, then goes; each opening is a new one (from the user's current
  // values), and a closing one cannot take a newer one with it.
  const [dialog, setDialog] = useState<{ id: number; user: User | null; open: boolean } | null>(null);
  const dialogs = useRef(0);
  const openDialog = (user: User | null) => {
    dialogs.current += 1;
    setDialog({ id: dialogs.current, user, open: true });
  };

  useEffect(() => {
    document.title = `${ut.pageTitle} · ${t.app.product}`;
  }, [t, ut]);

  const status = (user: User) => {
    if (user.disabled) return <Tag color="red">{ut.disabled}</Tag>;
    if (user.lockedUntil && dayjs(user.lockedUntil).isAfter(dayjs())) {
      return <Tag color="orange">{ut.lockedUntil(formatDateTime(user.lockedUntil))}</Tag>;
    }
    return <Tag color="green">{ut.active}</Tag>;
  };

  return (
    <Card
      title={<PageTitle>{ut.pageTitle}</PageTitle>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => openDialog(null)}>
          {ut.create}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder={ut.search}
          aria-label={ut.search}
          allowClear
          style={{ width: 260 }}
          onSearch={(value) => setSearch(value.trim())}
        />
        <Select<Role>
          placeholder={ut.roleFilter}
          aria-label={ut.roleFilter}
          allowClear
          style={{ width: 220 }}
          value={role}
          onChange={(value) => setRole(value ?? undefined)}
          options={allRoles.map((r) => ({ value: r, label: t.roles[r] }))}
        />
      </Space>
      {users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<User>
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          dataSource={users.data?.items ?? []}
          scroll={{ x: 960 }}
          locale={{ emptyText: ut.empty }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => ut.total(total) }}
          data-testid="users-table"
          columns={[
            {
              key: 'login',
              title: ut.login,
              width: 150,
              render: (_, user) => <Typography.Text code>{user.login}</Typography.Text>,
            },
            { key: 'name', title: ut.displayName, width: 180, render: (_, user) => user.displayName },
            {
              key: 'roles',
              title: ut.roles,
              render: (_, user) =>
                user.roles.map((grant, index) => (
                  <Tag key={index} style={{ marginBlock: 2 }}>
                    {roleLabel(grant)}
                  </Tag>
                )),
            },
            { key: 'status', title: ut.status, width: 200, render: (_, user) => status(user) },
            {
              key: 'updated',
              title: ut.updatedAt,
              width: 150,
              render: (_, user) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(user.updatedAt)}</span>,
            },
            {
              key: 'actions',
              title: ut.actions,
              width: 100,
              fixed: 'right',
              render: (_, user) => (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={`${ut.edit} ${user.login}`}
                  onClick={() => openDialog(user)}
                >
                  {ut.edit}
                </Button>
              ),
            },
          ]}
        />
      )}
      {dialog ? (
        <UserFormModal
          key={dialog.id}
          user={dialog.user}
          open={dialog.open}
          onClose={() => setDialog((d) => (d?.id === dialog.id ? { ...d, open: false } : d))}
          afterClose={() => setDialog((d) => (d?.id === dialog.id ? null : d))}
        />
      ) : null}
    </Card>
  );
}
