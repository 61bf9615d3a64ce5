import { z } from 'zod';
import { roles } from './actor.js';

export const RoleGrant = z
  .object({
    role: z.enum(roles),
    regionCode: z.string().nullable().default(null).describe('the county of a county role'),
    enterpriseUscc: z.string().nullable().default(null).describe('the enterprise of an enterprise role'),
  })
  .meta({ id: 'RoleGrant' });

export const Me = z
  .object({
    userId: z.number().int(),
    login: z.string(),
    displayName: z.string(),
    roles: z.array(RoleGrant),
    via: z.enum(['session', 'token']),
  })
  .meta({ id: 'Me' });

export const SessionInfo = z
  .object({
    user: Me,
    csrfToken: z.string().describe('send it back as the x-csrf-token header on every change'),
    expiresAt: z.string().nullable(),
  })
  .meta({ id: 'SessionInfo' });

export const SessionState = z
  .object({
    user: Me.nullable().describe('null for an anonymous visitor'),
    csrfToken: z.string().nullable(),
    expiresAt: z.string().nullable(),
    ended: z
      .enum(['unknown', 'expired', 'idle', 'revoked', 'disabled'])
      .nullable()
      .describe('why the session cookie sent no longer works, if one was sent'),
  })
  .meta({ id: 'SessionState' });

export const LoginBody = z
  .object({ login: z.string().min(1).max(64), password: z.string().min(1).max(200) })
  .meta({ id: 'LoginBody' });

export const PasswordChangeBody = z
  .object({ currentPassword: z.string().min(1), newPassword: z.string().min(1).max(200) })
  .meta({ id: 'PasswordChangeBody' });

export const User = z
  .object({
    id: z.number().int(),
    login: z.string(),
    displayName: z.string(),
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    roles: z.array(RoleGrant),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });
export const UserList = z.object({ items: z.array(User) }).meta({ id: 'UserList' });

export const UserListQuery = z.object({
  search: z.string().max(64).optional(),
  role: z.enum(roles).optional(),
});

export const CreateUserBody = z
  .object({
    login: z.string().min(3).max(64),
    displayName: z.string().min(1).max(100),
    password: z.string().min(1).max(200),
    roles: z.array(RoleGrant).min(1),
  })
  .meta({ id: 'CreateUserBody' });

export const UpdateUserBody = z
  .object({
    displayName: z.string().min(1).max(100).optional(),
    disabled: z.boolean().optional(),
    roles: z.array(RoleGrant).min(1).optional(),
    password: z.string().min(1).max(200).optional().describe('sets a new password (a reset by the office)'),
  })
  .meta({ id: 'UpdateUserBody' });

export const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const ApiToken = z
  .object({
    id: z.number().int(),
    name: z.string(),
    prefix: z.string().describe('the first characters, to recognise a token without showing it'),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export const ApiTokenList = z.object({ items: z.array(ApiToken) }).meta({ id: 'ApiTokenList' });
export const NewApiToken = ApiToken.extend({
  token: z.string().describe('the secret: shown this once, send it as Authorization: Bearer <token>'),
}).meta({ id: 'NewApiToken' });
export const CreateTokenBody = z
  .object({ name: z.string().min(1).max(100), expiresInDays: z.number().int().min(1).max(3650).optional() })
  .meta({ id: 'CreateTokenBody' });

export const LogoutEverywhereResult = z.object({ ended: z.number().int() }).meta({ id: 'LogoutEverywhereResult' });
