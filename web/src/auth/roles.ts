import type { Schemas } from '../api/client';

export type Me = Schemas['Me'];
export type RoleGrant = Schemas['RoleGrant'];
export type Role = RoleGrant['role'];

/** Every role, in the order the pages list them. */
export const allRoles: readonly Role[] = ['admin', 'leader', 'county', 'enterprise', 'expert'];

type HasRoles = { roles: RoleGrant[] } | null | undefined;

export function hasRole(user: HasRoles, ...wanted: readonly Role[]): boolean {
  return !!user && user.roles.some((grant) => wanted.includes(grant.role));
}

/** The counties a county officer is bound to. */
export function countyCodesOf(user: HasRoles): string[] {
  return (user?.roles ?? []).flatMap((grant) =>
    grant.role === 'county' && grant.regionCode ? [grant.regionCode] : [],
  );
}

/**
 * Whether the user may change a county's focus industries: the plan office, or that county's own officer. The
 * server decides; this only hides a form it would refuse (city leaders read, they do not write).
 */
export function canEditCounty(user: HasRoles, countyCode: string): boolean {
  return hasRole(user, 'admin') || countyCodesOf(user).includes(countyCode);
}

/** The grant as the API wants it: a region only for a county role, an enterprise only for an enterprise role. */
export function normalizeGrant(grant: { role: Role; regionCode?: string | null; enterpriseUscc?: string | null }) {
  return {
    role: grant.role,
    regionCode: grant.role === 'county' ? (grant.regionCode ?? null) : null,
    enterpriseUscc: grant.role === 'enterprise' ? (grant.enterpriseUscc?.trim().toUpperCase() ?? null) : null,
  };
}

// GB 32100-2015: 18 characters from digits and capital letters without I, O, Z, S, V. The check digit is the
// enterprise register's business; this catches typing slips.
const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function looksLikeUscc(value: string): boolean {
  return USCC.test(value.trim().toUpperCase());
}

export interface PasswordCheck {
  length: boolean;
  lettersDigits: boolean;
  notLogin: boolean;
}

/**
 * The server's password rules (≥ 10 characters, letters and digits, not containing the login), checked as the
 * person types. The server checks again and also refuses well-known passwords.
 */
export function checkPassword(password: string, login: string): PasswordCheck {
  return {
    length: password.length >= 10,
    lettersDigits: /[A-Za-z]/.test(password) && /\d/.test(password),
    notLogin: !login || !password.toLowerCase().includes(login.trim().toLowerCase()),
  };
}

export function passwordOk(check: PasswordCheck): boolean {
  return check.length && check.lettersDigits && check.notLogin;
}
