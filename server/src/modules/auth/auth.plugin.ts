import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../../db/database.js';
import type { Access, RouteAccessRecord } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { Actor, RequestContext } from './actor.js';
import { resolveApiToken, resolveSession, UnauthorizedError } from './auth.service.js';
import { CSRF_HEADER, SESSION_COOKIE, type AuthSettings } from './auth.settings.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in person, or null for an anonymous request. */
    actor: Actor | null;
    /** The CSRF token of the cookie session, when the request came with one. */
    sessionCsrf: string | null;
    sessionToken: string | null;
  }
  interface FastifyInstance {
    /** Every route with the access it declared: the authorization matrix test enumerates this. */
    routeAccess: RouteAccessRecord[];
  }
}

/** The caller and address, as services receive them. */
export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, ip: request.ip };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Every data surface must declare its access; the web app's static files and the API description need not.
const mustDeclare = (url: string) =>
  (url.startsWith('/api/') || url.startsWith('/open/')) && !url.startsWith('/api/docs');

async function authPlugin(app: FastifyInstance, options: { db: Db; readDb?: Db | undefined; settings: AuthSettings }) {
  const { db, settings } = options;
  const readDb = options.readDb ?? db;
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionCsrf', null);
  app.decorateRequest('sessionToken', null);
  app.decorate('routeAccess', [] as RouteAccessRecord[]);

  // A route that does not say who may call it is a mistake: refuse to start, so it cannot be forgotten.
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!access) {
      if (!mustDeclare(route.url)) return;
      throw new Error(`route ${methods.join(',')} ${route.url} does not declare config.access`);
    }
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.routeAccess.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const actor = await resolveApiToken(db, header.slice('Bearer '.length).trim(), readDb);
      if (!actor) throw new UnauthorizedError('invalid_token', 'the API token is unknown, expired or revoked');
      request.actor = actor;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resolveSession(db, settings, token, readDb);
    if (!session.ok) {
      // An ended session is treated as no session; routes that need one answer 401 and say why.
      request.sessionEndedReason = session.reason;
      return;
    }
    request.actor = session.actor;
    request.sessionCsrf = session.csrfToken;
    request.sessionToken = token;
  });

  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    // Cookie sessions must prove the request came from our own pages; Bearer tokens are not sent by browsers.
    if (request.actor?.via === 'session' && !SAFE_METHODS.has(request.method)) {
      if (request.headers[CSRF_HEADER] !== request.sessionCsrf) {
        throw new AppError(403, 'csrf', `missing or wrong ${CSRF_HEADER} header`);
      }
    }
    enforce(access, request);
  });
}

function enforce(access: Access, request: FastifyRequest): void {
  if (access === 'public') return;
  if (!request.actor) {
    const why = request.sessionEndedReason;
    throw new UnauthorizedError(
      why ? 'session_ended' : 'unauthenticated',
      why
        ? `会话已结束（${why}），请重新登录 / your session has ended (${why}): log in again`
        : '请先登录 / log in first',
    );
  }
  if (access === 'authenticated') return;
  if (!request.actor.roles.some((r) => access.roles.includes(r.role))) {
    throw new AppError(
      403,
      'forbidden',
      `需要以下角色之一：${access.roles.join(', ')} / needs one of the roles ${access.roles.join(', ')}`,
    );
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    sessionEndedReason?: string;
  }
}

export const authentication = fp(authPlugin, { name: 'beizeng-auth' });
