import fs from 'node:fs';
import path from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Db, DialectName } from './db/database.js';
import { registerErrorHandler } from './http/error-handler.js';
import { assessmentRoutes } from './modules/assessment/assessment.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authentication } from './modules/auth/auth.plugin.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { bulletinRoutes } from './modules/bulletins/bulletins.routes.js';
import { defaultAuthSettings, type AuthSettings } from './modules/auth/auth.settings.js';
import { enterpriseRoutes } from './modules/enterprises/enterprises.routes.js';
import { liaisonRoutes } from './modules/liaison/liaison.routes.js';
import { openRoutes } from './modules/open/open.routes.js';
import { indicatorRoutes } from './modules/indicators/indicators.routes.js';
import { planRoutes } from './modules/plan/plan.routes.js';
import { projectRoutes } from './modules/projects/projects.routes.js';
import { statisticsRoutes } from './modules/statistics/statistics.routes.js';
import { systemRoutes } from './modules/system/system.routes.js';

export interface AppDeps {
  db: Db;
  /** Where the dashboards read (openReadDatabase): a second SQLite connection that an import does not block. */
  readDb?: Db | undefined;
  dialect: DialectName;
  logger?: FastifyServerOptions['logger'];
  /** The built web app (dist/web); not served when absent or not built. */
  webDist?: string;
  auth?: AuthSettings;
  /** The assessment's clock (test hook BEIZENG_TEST_CLOCK_FILE, docs/assessment.md); default: the real time. */
  assessmentClock?: (() => Date) | undefined;
}

export const API_VERSION = '0.1.0';

/** Builds the platform without listening: tests inject requests into it, `serve` listens. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 50 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  const auth = deps.auth ?? defaultAuthSettings;
  // First, so that its onRoute check sees every route registered after it.
  await app.register(authentication, { db: deps.db, readDb: deps.readDb, settings: auth });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design writes its styles at run time (CSS-in-JS), so inline styles must be allowed; scripts may not.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Beizeng 倍增 API',
        description:
          'The platform for running a strategic emerging industries doubling plan. Errors: {"error":{"code","message","details"?}}.',
        version: API_VERSION,
      },
      tags: [
        { name: 'system', description: 'health' },
        { name: 'plan', description: 'the plan as data (R1), counties and their focus industries' },
        { name: 'auth', description: 'sessions (cookie + x-csrf-token) and API tokens (Bearer)' },
        { name: 'users', description: 'accounts and roles (plan office only)' },
        { name: 'audit', description: 'the audit trail (plan office only)' },
        { name: 'enterprises', description: 'the enterprise register and SEI classification (R2.1)' },
        { name: 'indicators', description: 'figures, target progress, early warnings and the target breakdown (R3)' },
        { name: 'statistics', description: 'imports, returns, region totals, revisions, period locks (R2)' },
        {
          name: 'projects',
          description: 'major projects, progress, measures, investment leads, coordination problems (R5, R4.4)',
        },
        { name: 'assessment', description: 'county assessment: versions, public notice, objections (R4.1)' },
        { name: 'bulletins', description: 'bulletins (R4.2) and the leadership liaison (R4.3)' },
        { name: 'open', description: 'the public site: published bulletins and figures, no login (R14.3)' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // The page lives under the platform's own CSP (helmet above), which allows the inline styles Swagger UI sets.
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  // Modules, registered explicitly: grep here to see everything the platform answers.
  await app.register(systemRoutes, { db: deps.db, dialect: deps.dialect });
  await app.register(authRoutes, { db: deps.db, settings: auth });
  await app.register(auditRoutes, { db: deps.db });
  await app.register(planRoutes, { db: deps.db });
  await app.register(enterpriseRoutes, { db: deps.db });
  await app.register(statisticsRoutes, { db: deps.db });
  await app.register(indicatorRoutes, { db: deps.readDb ?? deps.db });
  await app.register(projectRoutes, { db: deps.db });
  await app.register(assessmentRoutes, {
    db: deps.db,
    deps: deps.assessmentClock ? { now: deps.assessmentClock } : {},
  });
  await app.register(bulletinRoutes, { db: deps.db });
  await app.register(liaisonRoutes, { db: deps.db });
  await app.register(openRoutes, { db: deps.db });

  if (deps.webDist && fs.existsSync(path.join(deps.webDist, 'index.html'))) {
    await registerWebApp(app, deps.webDist);
  }
  return app;
}

// The single-page app: files from dist/web, and index.html for every other non-API path (client-side routes).
async function registerWebApp(app: FastifyInstance, webDist: string) {
  await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true }, config: { access: 'public' } }, (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const file = path.join(webDist, path.normalize(url).replace(/^(\.\.[/\\])+/, ''));
    if (url !== '/' && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(webDist, file));
    }
    if (url.startsWith('/api/') || url.startsWith('/open/') || path.extname(url) !== '') {
      return reply.code(404).send({ error: { code: 'not_found', message: `no route GET ${url}` } });
    }
    return reply.sendFile('index.html');
  });
}
