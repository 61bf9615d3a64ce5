import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { contextOf } from './auth.plugin.js';
import * as service from './auth.service.js';
import { SESSION_COOKIE, type AuthSettings } from './auth.settings.js';
import {
  ApiTokenList,
  CreateTokenBody,
  CreateUserBody,
  IdParams,
  LoginBody,
  LogoutEverywhereResult,
  NewApiToken,
  PasswordChangeBody,
  SessionInfo,
  SessionState,
  UpdateUserBody,
  User,
  UserList,
  UserListQuery,
} from './auth.schema.js';

const admin = { access: { roles: ['admin'] as const } };
const loggedIn = { access: 'authenticated' as const };

export const authRoutes: FastifyPluginAsyncZod<{ db: Db; settings: AuthSettings }> = async (app, { db, settings }) => {
  await app.register(rateLimit, {
    global: false,
    // Thrown as an error, so the one error handler gives it the platform's error shape.
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'rate_limited',
      message: `登录尝试过于频繁，请${Math.max(1, Math.ceil(context.ttl / 1000))}秒后再试 / too many login attempts: try again in ${context.after}`,
    }),
  });

  app.post(
    '/api/v1/session',
    {
      config: {
        access: 'public',
        rateLimit: { max: settings.loginAttemptsPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in with a password; sets the session cookie',
        body: LoginBody,
        response: { 200: SessionInfo, ...errors(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const session = await service.login(db, settings, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: settings.cookieSecure,
        expires: new Date(session.expiresAt),
      });
      return { user: session.actor, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  );

  app.get(
    '/api/v1/session',
    {
      // Public, so a page can ask "who am I?" without an error for an anonymous visitor.
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Who is logged in (user null when nobody), and the CSRF token',
        response: { 200: SessionState },
      },
    },
    (request) => ({
      user: request.actor,
      csrfToken: request.actor ? (request.sessionCsrf ?? null) : null,
      expiresAt: null,
      ended:
        (request.sessionEndedReason as 'unknown' | 'expired' | 'idle' | 'revoked' | 'disabled' | undefined) ?? null,
    }),
  );

  app.delete(
    '/api/v1/session',
    {
      config: loggedIn,
      schema: { tags: ['auth'], summary: 'Log out', response: { 204: z.null(), ...errors(401, 403) } },
    },
    async (request, reply) => {
      if (request.sessionToken) await service.logout(db, contextOf(request), request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/v1/sessions',
    {
      config: loggedIn,
      schema: {
        tags: ['auth'],
        summary: 'Log out everywhere: end every session of mine',
        response: { 200: LogoutEverywhereResult, ...errors(401, 403) },
      },
    },
    async (request, reply) => {
      const result = await service.logoutEverywhere(db, contextOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return result;
    },
  );

  app.post(
    '/api/v1/session/password',
    {
      config: loggedIn,
      schema: {
        tags: ['auth'],
        summary: 'Change my password (other sessions end)',
        body: PasswordChangeBody,
        response: { 204: z.null(), ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await service.changeOwnPassword(db, contextOf(request), request.sessionToken, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/tokens',
    {
      config: loggedIn,
      schema: { tags: ['auth'], summary: 'My API tokens', response: { 200: ApiTokenList, ...errors(401, 403) } },
    },
    (request) => service.listApiTokens(db, contextOf(request)),
  );

  app.post(
    '/api/v1/tokens',
    {
      config: loggedIn,
      schema: {
        tags: ['auth'],
        summary: 'Issue an API token for scripts (Authorization: Bearer); the token is shown once',
        body: CreateTokenBody,
        response: { 201: NewApiToken, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createApiToken(db, contextOf(request), request.body)),
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      config: loggedIn,
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of my API tokens',
        params: IdParams,
        response: { 204: z.null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.revokeApiToken(db, contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/users',
    {
      config: admin,
      schema: {
        tags: ['users'],
        summary: 'Users',
        querystring: UserListQuery,
        response: { 200: UserList, ...errors(401, 403) },
      },
    },
    (request) => service.listUsers(db, request.query),
  );

  app.post(
    '/api/v1/users',
    {
      config: admin,
      schema: {
        tags: ['users'],
        summary: 'Create a user with roles',
        body: CreateUserBody,
        response: { 201: User, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createUser(db, contextOf(request), request.body)),
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: admin,
      schema: {
        tags: ['users'],
        summary: 'One user',
        params: IdParams,
        response: { 200: User, ...errors(401, 403, 404) },
      },
    },
    (request) => service.getUser(db, request.params.id),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: admin,
      schema: {
        tags: ['users'],
        summary: 'Change a user: name, disabled, roles, or reset the password',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: User, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => service.updateUser(db, contextOf(request), request.params.id, request.body),
  );
};
