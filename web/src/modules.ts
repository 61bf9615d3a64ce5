import type { Messages } from './i18n/messages';

/** The domain modules, one navigation entry each. `built: false` opens the placeholder that says so. */
export type ModuleKey = keyof Messages['nav'];

export interface ModuleEntry {
  key: ModuleKey;
  path: string;
  built: boolean;
}

export const modules: readonly ModuleEntry[] = [
  { key: 'overview', path: '/', built: true },
  { key: 'indicators', path: '/indicators', built: false },
  { key: 'enterprises', path: '/enterprises', built: false },
  { key: 'assessment', path: '/assessment', built: false },
  { key: 'bulletins', path: '/bulletins', built: false },
  { key: 'projects', path: '/projects', built: false },
  { key: 'experts', path: '/experts', built: false },
  { key: 'funds', path: '/funds', built: false },
  { key: 'incentives', path: '/incentives', built: false },
  { key: 'land', path: '/land', built: false },
  { key: 'quotas', path: '/quotas', built: false },
  { key: 'innovation', path: '/innovation', built: false },
  { key: 'admin', path: '/admin', built: false },
];

/** The module whose section a path belongs to (`/projects/12` → projects). */
export function moduleOfPath(pathname: string): ModuleEntry | undefined {
  return modules
    .filter((m) => (m.path === '/' ? pathname === '/' : pathname === m.path || pathname.startsWith(`${m.path}/`)))
    .at(0);
}
