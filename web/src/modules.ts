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
  /** Pages inside the module, shown as a sub-menu; a page's own roles narrow the module's. */
  pages?: readonly { key: AdminPageKey; path: string; roles?: readonly Role[] }[];
}

export const countyRoles: readonly Role[] = ['admin', 'leader', 'county'];
export const adminRoles: readonly Role[] = ['admin'];
/** Who may import files (the server narrows the kinds: region totals are the office's). */
export const importRoles: readonly Role[] = ['admin', 'county', 'enterprise'];
/** Who may read the enterprise register (the server narrows it to the person's scope). */
export const registerRoles: readonly Role[] = ['admin', 'leader', 'county', 'enterprise'];

export const modules: readonly ModuleEntry[] = [
  { key: 'overview', path: '/', built: true },
  { key: 'counties', path: '/counties', built: true, roles: countyRoles },
  {
    key: 'indicators',
    path: '/indicators',
    built: true,
    roles: countyRoles,
    pages: [
      { key: 'indicatorsOverview', path: '/indicators' },
      { key: 'indicatorsMap', path: '/indicators/map' },
      { key: 'indicatorsIndustries', path: '/indicators/industries' },
    ],
  },
  {
    key: 'enterprises',
    path: '/enterprises',
    built: true,
    roles: registerRoles,
    pages: [
      { key: 'import', path: '/statistics/import', roles: importRoles },
      { key: 'register', path: '/enterprises' },
      { key: 'batches', path: '/statistics/batches', roles: importRoles },
      { key: 'locks', path: '/statistics/locks', roles: adminRoles },
    ],
  },
  { key: 'assessment', path: '/assessment', built: true, roles: countyRoles },
  { key: 'bulletins', path: '/bulletins', built: true, roles: countyRoles },
  // The public site: published bulletins and figures, for everyone, logged in or not.
  { key: 'open', path: '/open', built: true },
  {
    key: 'projects',
    path: '/projects',
    built: true,
    roles: countyRoles,
    pages: [
      { key: 'projectList', path: '/projects/list' },
      { key: 'projectFunnel', path: '/projects/funnel' },
      { key: 'projectLeads', path: '/projects/leads' },
      { key: 'projectProblems', path: '/projects/problems' },
    ],
  },
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

/** The pages of a module that a person with these roles sees. */
export function visiblePages(
  module: ModuleEntry,
  roles: readonly Role[] | undefined,
): NonNullable<ModuleEntry['pages']> {
  return (module.pages ?? []).filter((p) => !p.roles || (roles ?? []).some((role) => p.roles?.includes(role)));
}

const within = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);

/** The module whose section a path belongs to (`/projects/12` → projects, `/statistics/batches/3` → enterprises). */
export function moduleOfPath(pathname: string): ModuleEntry | undefined {
  return modules
    .filter((m) =>
      m.path === '/'
        ? pathname === '/'
        : within(pathname, m.path) || (m.pages ?? []).some((p) => within(pathname, p.path)),
    )
    .at(0);
}
