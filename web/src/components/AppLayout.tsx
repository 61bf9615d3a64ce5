import { useState, type ReactNode } from 'react';
import { Button, Layout, Menu, Typography, theme, type MenuProps } from 'antd';
import {
  AccountBookOutlined,
  ApartmentOutlined,
  AimOutlined,
  BankOutlined,
  BulbOutlined,
  CloudOutlined,
  CloudDownloadOutlined,
  EnvironmentOutlined,
  GlobalOutlined,
  MoneyCollectOutlined,
  NotificationOutlined,
  ProfileOutlined,
  ProjectOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/session';
import { UserMenu } from '../auth/UserMenu';
import { usePlan } from '../features/plan/usePlan';
import { useLocale } from '../i18n';
import { moduleOfPath, visibleModules, visiblePages, type ModuleKey } from '../modules';

const icons: Record<ModuleKey, ReactNode> = {
  overview: <ProfileOutlined />,
  counties: <ApartmentOutlined />,
  indicators: <AimOutlined />,
  enterprises: <BankOutlined />,
  assessment: <TrophyOutlined />,
  bulletins: <NotificationOutlined />,
  open: <CloudDownloadOutlined />,
  projects: <ProjectOutlined />,
  experts: <TeamOutlined />,
  funds: <MoneyCollectOutlined />,
  incentives: <AccountBookOutlined />,
  land: <EnvironmentOutlined />,
  quotas: <CloudOutlined />,
  innovation: <BulbOutlined />,
  admin: <SettingOutlined />,
};

const HEADER_HEIGHT = 64;

/**
 * The frame of every page: product and plan in the header, language switch and account menu, one navigation entry
 * per module the person's roles open.
 */
export function AppLayout() {
  const { locale, setLocale, t, localize } = useLocale();
  const { token } = theme.useToken();
  const location = useLocation();
  const plan = usePlan();
  const session = useSession();
  const [collapsed, setCollapsed] = useState(false);

  // The city comes from the loaded plan, never from the code: another plan file names another city.
  const city = plan.data?.regions.find((r) => r.kind === 'city');
  const current = moduleOfPath(location.pathname);
  // The longest matching page: /indicators/map is the map, not the overview at /indicators.
  const currentPage = current?.pages
    ?.filter((p) => location.pathname === p.path || location.pathname.startsWith(`${p.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  // The current module's sub-menu opens whenever the person arrives in it; they may close it, or open others.
  const [openKeys, setOpenKeys] = useState<string[]>(current?.pages ? [current.key] : []);
  const [openedFor, setOpenedFor] = useState(current?.key);
  if (current?.key !== openedFor) {
    setOpenedFor(current?.key);
    if (current?.pages && !openKeys.includes(current.key)) setOpenKeys([...openKeys, current.key]);
  }
  const roles = session.user?.roles.map((r) => r.role);
  const menuItems: MenuProps['items'] = visibleModules(roles).map((m) =>
    m.pages
      ? {
          key: m.key,
          icon: icons[m.key],
          label: t.nav[m.key],
          children: visiblePages(m, roles).map((p) => ({
            key: p.path,
            label: <Link to={p.path}>{t.adminNav[p.key]}</Link>,
          })),
        }
      : { key: m.key, icon: icons[m.key], label: <Link to={m.path}>{t.nav[m.key]}</Link> },
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          paddingInline: 24,
          background: token.colorPrimary,
          position: 'sticky',
          top: 0,
          zIndex: 10,
          height: HEADER_HEIGHT,
        }}
      >
        <Link to="/" style={{ color: '#fff', display: 'flex', alignItems: 'baseline', gap: 12, minWidth: 0 }}>
          <span style={{ fontSize: 20, fontWeight: 700, whiteSpace: 'nowrap' }} data-testid="product-name">
            {t.app.product}
            {city ? ` · ${localize(city.name)}` : ''}
          </span>
          <span
            className="app-tagline"
            style={{ fontSize: 14, opacity: 0.85, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {plan.data ? localize(plan.data.name) : t.app.tagline}
          </span>
        </Link>
        <div style={{ flex: 1 }} />
        <Button
          ghost
          icon={<GlobalOutlined />}
          aria-label={t.app.switchLanguage}
          lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}
          onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
        >
          {t.app.switchLanguageText}
        </Button>
        <UserMenu />
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={256}
          theme="light"
          breakpoint="xl"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          // The navigation stays in view while a long page scrolls under the sticky header.
          style={{
            borderRight: `1px solid ${token.colorBorderSecondary}`,
            position: 'sticky',
            top: HEADER_HEIGHT,
            height: `calc(100vh - ${HEADER_HEIGHT}px)`,
            overflow: 'auto',
          }}
        >
          <nav aria-label={t.app.navLabel}>
            <Menu
              mode="inline"
              selectedKeys={currentPage ? [currentPage.path] : current ? [current.key] : []}
              // Collapsed, the sub-menus pop out and the menu keeps them itself; collapsing also reports "none
              // open", which must not close them for when the navigation widens again.
              openKeys={collapsed ? undefined : openKeys}
              onOpenChange={(keys) => {
                if (!collapsed) setOpenKeys(keys);
              }}
              style={{ borderInlineEnd: 'none', paddingBlock: 8 }}
              items={menuItems}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
      <Layout.Footer style={{ textAlign: 'center', paddingBlock: 12 }}>
        <Typography.Text type="secondary">
          {t.app.product} · {t.app.tagline}
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
