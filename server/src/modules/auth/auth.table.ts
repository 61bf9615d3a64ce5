import type { Generated, Selectable } from 'kysely';

export interface UserAccountTable {
  id: Generated<number>;
  login: string;
  displayName: string;
  passwordHash: string;
  disabled: Generated<number>;
  failedLogins: Generated<number>;
  lockedUntil: string | null;
  passwordChangedAt: string;
  createdAt: string;
  updatedAt: string;
}

export interface UserRoleTable {
  id: Generated<number>;
  userId: number;
  role: string;
  regionCode: string | null;
  enterpriseUscc: string | null;
}

export interface UserSessionTable {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  userId: number;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuthTables {
  userAccount: UserAccountTable;
  userRole: UserRoleTable;
  userSession: UserSessionTable;
  apiToken: ApiTokenTable;
}

export type UserAccountRow = Selectable<UserAccountTable>;
