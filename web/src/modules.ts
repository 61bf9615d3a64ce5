import type { Role } from './auth/roles';
import type { Messages } from './i18n/messages';

/** The domain modules, one navigation entry each. `built: false` opens the placeholder that says so. */
export type ModuleKey = keyof Messages['nav'];
export type AdminPageKey = keyof Messages['adminNav'];

export interface ModuleEntry {
  key: ModuleKey;
  path: string;
  built: boolean;
  /** Only these roles see the entry (the server refuses the others anyway); absent: everyone. */
  roles?: readonly Role[];
  /** Pages inside the module, shown as a sub-menu. */
  pages?: readonly { key: AdminPageKey; path: string }[];
}

export const countyRoles: readonly Role[] = ['admin', 'leader', 'county'];
export const adminRoles: readonly Role[] = ['admin'];

export const modules: readonly ModuleEntry[] = [
  { key: 'overview', path: '/', built: true },
  { key: 'counties', path: '/counties', built: true, roles: countyRoles },
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
  {
    key: 'admin',
    path: '/admin',
    built: true,
    roles: adminRoles,
    pages: [
      { key: 'users', path: '/admin/users' },
      { key: 'audit', path: '/admin/audit' },
    ],
  },
];

/** The modules a person with these roles sees in the navigation (anonymous: none of the restricted ones). */
export function visibleModules(roles: readonly Role[] | undefined): ModuleEntry[] {
  return modules.filter((m) => !m.roles || (roles ?? []).some((role) => m.roles?.includes(role)));
}

/** The module whose section a path belongs to (`/projects/12` → projects). */
export function moduleOfPath(pathname: string): ModuleEntry | undefined {
  return modules
    .filter((m) => (m.path === '/' ? pathname === '/' : pathname === m.path || pathname.startsWith(`${m.path}/`)))
    .at(0);
}
