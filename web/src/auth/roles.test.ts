import { describe, expect, it } from 'vitest';
import {
  canEditCounty,
  checkPassword,
  countyCodesOf,
  hasRole,
  looksLikeUscc,
  normalizeGrant,
  passwordOk,
} from './roles';

const grant = (role: 'admin' | 'county' | 'leader', regionCode: string | null = null) => ({
  role,
  regionCode,
  enterpriseUscc: null,
});

describe('roles', () => {
  const officer = { roles: [grant('county', '330421')] };
  const leader = { roles: [grant('leader')] };
  const admin = { roles: [grant('admin')] };

  it('lets the plan office and the county’s own officer edit, never a leader or another county', () => {
    expect(canEditCounty(admin, '330402')).toBe(true);
    expect(canEditCounty(officer, '330421')).toBe(true);
    expect(canEditCounty(officer, '330402')).toBe(false);
    expect(canEditCounty(leader, '330421')).toBe(false);
    expect(canEditCounty(null, '330421')).toBe(false);
  });

  it('reads roles and counties', () => {
    expect(hasRole(officer, 'admin', 'county')).toBe(true);
    expect(hasRole(officer, 'admin')).toBe(false);
    expect(hasRole(undefined, 'admin')).toBe(false);
    expect(countyCodesOf({ roles: [grant('county', '330421'), grant('leader'), grant('county', '330424')] })).toEqual([
      '330421',
      '330424',
    ]);
  });

  it('sends a region only with a county role and an enterprise only with an enterprise role', () => {
    expect(normalizeGrant({ role: 'leader', regionCode: '330421', enterpriseUscc: 'x' })).toEqual({
      role: 'leader',
      regionCode: null,
      enterpriseUscc: null,
    });
    expect(normalizeGrant({ role: 'enterprise', enterpriseUscc: ' 91330421mA2b3c4d5e ' })).toEqual({
      role: 'enterprise',
      regionCode: null,
      enterpriseUscc: '91330421MA2B3C4D5E',
    });
  });

  it('recognises the shape of a unified social credit code', () => {
    expect(looksLikeUscc('91330421MA2B3C4D5E')).toBe(true);
    expect(looksLikeUscc('91330421MA2B3C4D5')).toBe(false);
    expect(looksLikeUscc('91330421MA2B3C4D5I')).toBe(false);
  });
});

describe('checkPassword', () => {
  it('follows the server rules', () => {
    expect(checkPassword('short1', 'js01')).toEqual({ length: false, lettersDigits: true, notLogin: true });
    expect(checkPassword('onlyletterslong', 'js01')).toEqual({ length: true, lettersDigits: false, notLogin: true });
    expect(checkPassword('xxJS01yy2025', 'js01').notLogin).toBe(false);
    expect(passwordOk(checkPassword('Jiaxing2011plan', 'js01'))).toBe(true);
  });
});
