import { useEffect, useSyncExternalStore } from 'react';
import { App as AntApp, ConfigProvider, type ConfigProviderProps } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createBrowserRouter, Navigate } from 'react-router';
// The DOM provider applies navigate(…, { flushSync: true }), which logging out relies on.
import { RouterProvider } from 'react-router/dom';
import { LoginPage } from './auth/LoginPage';
import { RequireAccess } from './auth/RequireAccess';
import { AppLayout } from './components/AppLayout';
import { NotFound, RouteError } from './components/RouteStates';
import { PasswordPage } from './features/account/PasswordPage';
import { TokensPage } from './features/account/TokensPage';
import { AssessmentPage } from './features/assessment/AssessmentPage';
import { AuditPage } from './features/admin/AuditPage';
import { BulletinsPage } from './features/bulletins/BulletinsPage';
import { OpenDataPage } from './features/bulletins/OpenDataPage';
import { UsersPage } from './features/admin/UsersPage';
import { CountiesPage } from './features/counties/CountiesPage';
import { CountyPage } from './features/counties/CountyPage';
import { EnterprisePage } from './features/enterprises/EnterprisePage';
import { EnterprisesPage } from './features/enterprises/EnterprisesPage';
import { ModulePlaceholder } from './features/modules/ModulePlaceholder';
import { PlanOverviewPage } from './features/plan/PlanOverviewPage';
import { BatchesPage } from './features/statistics/BatchesPage';
import { BatchPage } from './features/statistics/BatchPage';
import { ImportPage } from './features/statistics/ImportPage';
import { IndicatorMapPage } from './features/indicators/IndicatorMapPage';
import { IndicatorsOverviewPage } from './features/indicators/IndicatorsOverviewPage';
import { CountyIndicatorsPage } from './features/indicators/CountyIndicatorsPage';
import { IndustriesPage } from './features/indicators/IndustriesPage';
import { IndustryIndicatorsPage } from './features/indicators/IndustryIndicatorsPage';
import { TargetPage } from './features/indicators/TargetPage';
import { LocksPage } from './features/statistics/LocksPage';
import { FunnelPage } from './features/projects/FunnelPage';
import { LeadsPage } from './features/projects/LeadsPage';
import { MeetingPage, ProblemsPage } from './features/projects/ProblemsPage';
import { ProjectPage } from './features/projects/ProjectPage';
import { ProjectsPage } from './features/projects/ProjectsPage';
import { useLocale } from './i18n';
import type { Locale } from './i18n/messages';
import { adminRoles, countyRoles, importRoles, modules, registerRoles } from './modules';

const antdLocales: Record<Locale, ConfigProviderProps['locale']> = { 'zh-CN': antdZhCN, 'en-US': antdEnUS };
const dayjsLocales: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        // The layout stays when a page fails, so the navigation is still there to leave it.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <PlanOverviewPage /> },
          { path: 'login', element: <LoginPage /> },
          {
            path: 'counties',
            element: (
              <RequireAccess roles={countyRoles}>
                <CountiesPage />
              </RequireAccess>
            ),
          },
          {
            path: 'counties/:code',
            element: (
              <RequireAccess roles={countyRoles}>
                <CountyPage />
              </RequireAccess>
            ),
          },
          {
            path: 'assessment',
            element: (
              <RequireAccess roles={countyRoles}>
                <AssessmentPage />
              </RequireAccess>
            ),
          },
          {
            path: 'bulletins',
            element: (
              <RequireAccess roles={countyRoles}>
                <BulletinsPage />
              </RequireAccess>
            ),
          },
          // The public site: no login.
          { path: 'open', element: <OpenDataPage /> },
          {
            path: 'indicators',
            element: (
              <RequireAccess roles={countyRoles}>
                <IndicatorsOverviewPage />
              </RequireAccess>
            ),
          },
          {
            path: 'indicators/map',
            element: (
              <RequireAccess roles={countyRoles}>
                <IndicatorMapPage />
              </RequireAccess>
            ),
          },
          {
            path: 'indicators/targets/:id',
            element: (
              <RequireAccess roles={countyRoles}>
                <TargetPage />
              </RequireAccess>
            ),
          },
          {
            path: 'indicators/counties/:code',
            element: (
              <RequireAccess roles={countyRoles}>
                <CountyIndicatorsPage />
              </RequireAccess>
            ),
          },
          {
            path: 'indicators/industries',
            element: (
              <RequireAccess roles={countyRoles}>
                <IndustriesPage />
              </RequireAccess>
            ),
          },
          {
            path: 'indicators/industries/:code',
            element: (
              <RequireAccess roles={countyRoles}>
                <IndustryIndicatorsPage />
              </RequireAccess>
            ),
          },
          { path: 'statistics', element: <Navigate to="/statistics/import" replace /> },
          {
            path: 'statistics/import',
            element: (
              <RequireAccess roles={importRoles}>
                <ImportPage />
              </RequireAccess>
            ),
          },
          {
            path: 'statistics/batches',
            element: (
              <RequireAccess roles={importRoles}>
                <BatchesPage />
              </RequireAccess>
            ),
          },
          {
            path: 'statistics/batches/:id',
            element: (
              <RequireAccess roles={importRoles}>
                <BatchPage />
              </RequireAccess>
            ),
          },
          {
            path: 'statistics/locks',
            element: (
              <RequireAccess roles={adminRoles}>
                <LocksPage />
              </RequireAccess>
            ),
          },
          {
            path: 'enterprises',
            element: (
              <RequireAccess roles={registerRoles}>
                <EnterprisesPage />
              </RequireAccess>
            ),
          },
          {
            path: 'enterprises/:uscc',
            element: (
              <RequireAccess roles={registerRoles}>
                <EnterprisePage />
              </RequireAccess>
            ),
          },
          { path: 'admin', element: <Navigate to="/admin/users" replace /> },
          {
            path: 'admin/users',
            element: (
              <RequireAccess roles={adminRoles}>
                <UsersPage />
              </RequireAccess>
            ),
          },
          {
            path: 'admin/audit',
            element: (
              <RequireAccess roles={adminRoles}>
                <AuditPage />
              </RequireAccess>
            ),
          },
          { path: 'projects', element: <Navigate to="/projects/list" replace /> },
          {
            path: 'projects/list',
            element: (
              <RequireAccess roles={countyRoles}>
                <ProjectsPage />
              </RequireAccess>
            ),
          },
          {
            path: 'projects/funnel',
            element: (
              <RequireAccess roles={countyRoles}>
                <FunnelPage />
              </RequireAccess>
            ),
          },
          {
            path: 'projects/leads',
            element: (
              <RequireAccess roles={countyRoles}>
                <LeadsPage />
              </RequireAccess>
            ),
          },
          {
            path: 'projects/problems',
            element: (
              <RequireAccess roles={countyRoles}>
                <ProblemsPage />
              </RequireAccess>
            ),
          },
          {
            path: 'projects/meetings/:id',
            element: (
              <RequireAccess roles={countyRoles}>
                <MeetingPage />
              </RequireAccess>
            ),
          },
          {
            path: 'projects/:id',
            element: (
              <RequireAccess roles={countyRoles}>
                <ProjectPage />
              </RequireAccess>
            ),
          },
          {
            path: 'account/tokens',
            element: (
              <RequireAccess>
                <TokensPage />
              </RequireAccess>
            ),
          },
          {
            path: 'account/password',
            element: (
              <RequireAccess>
                <PasswordPage />
              </RequireAccess>
            ),
          },
          ...modules
            .filter((m) => !m.built)
            .map((m) => ({ path: m.path, element: <ModulePlaceholder moduleKey={m.key} /> })),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

const reducedMotionQuery = '(prefers-reduced-motion: reduce)';

/** Whether the person asked their system for less motion: the interface then does without animations. */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(reducedMotionQuery);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(reducedMotionQuery).matches,
  );
}

export function App() {
  const { locale } = useLocale();
  const reducedMotion = usePrefersReducedMotion();
  useEffect(() => {
    dayjs.locale(dayjsLocales[locale]);
  }, [locale]);

  return (
    <ConfigProvider
      locale={antdLocales[locale]}
      theme={{
        token: {
          motion: !reducedMotion,
          colorPrimary: '#1d5fbf',
          borderRadius: 6,
          fontFamily:
            "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
        },
      }}
    >
      {/* App gives message and modal the theme and language of this provider. */}
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
