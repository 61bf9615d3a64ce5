import type { Role } from '../modules/auth/actor.js';

/**
 * What a route asks of its caller, declared on every route as `config: { access }`:
 * `public` — anyone, logged in or not; `authenticated` — any logged-in person; `{ roles }` — a person holding one of
 * these roles. Row-level scope (region, enterprise) is the service's job, with the actor it is given.
 */
export type Access = 'public' | 'authenticated' | { roles: readonly Role[] };

export interface RouteAccessRecord {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}
