import { describe, expect, it } from 'vitest';
import type { Role } from './auth/roles';
import { kindsFor } from './features/statistics/useImports';
import { moduleOfPath, modules, visibleModules, visiblePages } from './modules';

const statistics = modules.find((m) => m.key === 'enterprises');
const pagesFor = (...roles: Role[]) => (statistics ? visiblePages(statistics, roles).map((p) => p.key) : []);
const user = (...roles: Role[]) => ({
  roles: roles.map((role) => ({ role, regionCode: null, enterpriseUscc: null })),
});

describe('企业与统计 navigation', () => {
  it('opens the module to the office, leaders, county officers and enterprises, not to experts', () => {
    for (const role of ['admin', 'leader', 'county', 'enterprise'] as const) {
      expect(visibleModules([role]).map((m) => m.key)).toContain('enterprises');
    }
    expect(visibleModules(['expert']).map((m) => m.key)).not.toContain('enterprises');
  });

  it('shows leaders the register only, importers all three pages', () => {
    expect(pagesFor('leader')).toEqual(['register']);
    expect(pagesFor('admin')).toEqual(['import', 'register', 'batches', 'locks']);
    expect(pagesFor('county')).toEqual(['import', 'register', 'batches']);
    expect(pagesFor('enterprise')).toEqual(['import', 'register', 'batches']);
  });

  it('places the import and batch pages in the module', () => {
    expect(moduleOfPath('/statistics/import')?.key).toBe('enterprises');
    expect(moduleOfPath('/statistics/batches/12')?.key).toBe('enterprises');
    expect(moduleOfPath('/statistics/locks')?.key).toBe('enterprises');
    expect(moduleOfPath('/enterprises/913304020000000191')?.key).toBe('enterprises');
    expect(moduleOfPath('/admin/users')?.key).toBe('admin');
    expect(moduleOfPath('/')?.key).toBe('overview');
  });
});

describe('import kinds by role', () => {
  it('offers region totals to the office only, the register to counties, returns to enterprises', () => {
    expect(kindsFor(user('admin'))).toEqual(['enterprises', 'returns', 'region-stats']);
    expect(kindsFor(user('county'))).toEqual(['enterprises', 'returns']);
    expect(kindsFor(user('enterprise'))).toEqual(['returns']);
    expect(kindsFor(user('leader'))).toEqual([]);
    expect(kindsFor(null)).toEqual([]);
  });
});
