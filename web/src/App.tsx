import { useEffect } from 'react';
import { ConfigProvider, type ConfigProviderProps } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { NotFound, RouteError } from './components/RouteStates';
import { ModulePlaceholder } from './features/modules/ModulePlaceholder';
import { PlanOverviewPage } from './features/plan/PlanOverviewPage';
import { useLocale } from './i18n';
import type { Locale } from './i18n/messages';
import { modules } from './modules';

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
          ...modules
            .filter((m) => !m.built)
            .map((m) => ({ path: m.path, element: <ModulePlaceholder moduleKey={m.key} /> })),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

export function App() {
  const { locale } = useLocale();
  useEffect(() => {
    dayjs.locale(dayjsLocales[locale]);
  }, [locale]);

  return (
    <ConfigProvider
      locale={antdLocales[locale]}
      theme={{
        token: {
          colorPrimary: '#1d5fbf',
          borderRadius: 6,
          fontFamily:
            "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
        },
      }}
    >
      <RouterProvider router={router} />
    </ConfigProvider>
  );
}
