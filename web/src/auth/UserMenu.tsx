import { App, Button, Dropdown, Typography, type MenuProps } from 'antd';
import { ApiOutlined, DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import { useApiErrorMessage } from '../api/useApiErrorMessage';
import { useT } from '../i18n';
import type { LoginState } from './RequireAccess';
import { useSession } from './session';
import { useRoleLabel } from './useRoleLabel';

/** The header's account corner: a 登录 button, or the person's name with their roles and account actions. */
export function UserMenu() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const roleLabel = useRoleLabel();
  const messageOf = useApiErrorMessage();
  const { message, modal } = App.useApp();

  if (session.status === 'loading') return null;
  const user = session.user;
  if (!user) {
    if (location.pathname === '/login') return null;
    const state: LoginState = { from: `${location.pathname}${location.search}` };
    return (
      <Link to="/login" state={state}>
        <Button ghost icon={<UserOutlined />}>
          {t.session.login}
        </Button>
      </Link>
    );
  }

  // To the public overview first, committed at once (flushSync): a page that needs a login, still on screen when
  // the session goes, would send the person to the login form.
  const leave = () => navigate('/', { flushSync: true });

  const logout = async () => {
    await leave();
    try {
      await session.logout();
      message.success(t.session.loggedOut);
    } catch (error) {
      message.error(messageOf(error));
    }
  };

  const logoutEverywhere = () => {
    modal.confirm({
      title: t.session.logoutEverywhereTitle,
      content: t.session.logoutEverywhereBody,
      okText: t.session.logoutEverywhere,
      okButtonProps: { danger: true },
      cancelText: t.app.cancel,
      onOk: async () => {
        await leave();
        try {
          const ended = await session.logoutEverywhere();
          message.success(t.session.loggedOutEverywhere(ended));
        } catch (error) {
          message.error(messageOf(error));
        }
      },
    });
  };

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <div style={{ maxWidth: 280 }} data-testid="user-roles">
          <Typography.Text strong>{user.displayName}</Typography.Text>{' '}
          <Typography.Text type="secondary">{user.login}</Typography.Text>
          {user.roles.map((grant, index) => (
            <div key={index} style={{ fontSize: 12 }}>
              {roleLabel(grant)}
            </div>
          ))}
        </div>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: <Link to="/account/password">{t.session.changePassword}</Link> },
    { key: 'tokens', icon: <ApiOutlined />, label: <Link to="/account/tokens">{t.session.myTokens}</Link> },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t.session.logout, onClick: () => void logout() },
    {
      key: 'logout-everywhere',
      icon: <LogoutOutlined />,
      danger: true,
      label: t.session.logoutEverywhere,
      onClick: logoutEverywhere,
    },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button ghost aria-label={t.session.userMenu(user.displayName)} data-testid="user-menu">
        <UserOutlined />
        <span className="user-menu-name">{user.displayName}</span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
