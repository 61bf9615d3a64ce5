import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { defaultAuthSettings, type AuthSettings } from './modules/auth/auth.settings.js';

const environment = z.object({
  DATABASE_URL: z.string().default('sqlite:data/beizeng.db'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PLAN_FILE: z.string().default('plans/jiaxing-2011.yaml'),
  WEB_DIST: z.string().default('dist/web'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(defaultAuthSettings.sessionIdleMinutes),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(defaultAuthSettings.sessionAbsoluteHours),
  COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(defaultAuthSettings.maxFailedLogins),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(defaultAuthSettings.lockMinutes),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().positive().default(defaultAuthSettings.loginAttemptsPerMinute),
  // Test hook for the e2e journeys (docs/assessment.md): a file holding days to shift the assessment's clock by.
  BEIZENG_TEST_CLOCK_FILE: z.string().optional(),
});

export interface Config {
  databaseUrl: string;
  port: number;
  host: string;
  logLevel: z.infer<typeof environment>['LOG_LEVEL'];
  planFile: string;
  /** Built web app to serve; absent when not built (API only). */
  webDist: string;
  auth: AuthSettings;
  /** Test hook: a file holding the days the assessment's notice clock is shifted by (BEIZENG_TEST_CLOCK_FILE). */
  testClockFile?: string | undefined;
}

/** The repository root: this file sits at server/src/config.ts, or dist/server/config.js when built. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Reads the environment once; every other module receives the result, never process.env. Relative paths are
 * taken from the project root, so the commands behave the same from any working directory.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env, root = projectRoot): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: resolveSqlitePath(e.DATABASE_URL, root),
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    planFile: path.resolve(root, e.PLAN_FILE),
    webDist: path.resolve(root, e.WEB_DIST),
    auth: {
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
      cookieSecure: e.COOKIE_SECURE === 'true',
      maxFailedLogins: e.LOGIN_MAX_FAILURES,
      lockMinutes: e.LOGIN_LOCK_MINUTES,
      loginAttemptsPerMinute: e.LOGIN_ATTEMPTS_PER_MINUTE,
    },
    testClockFile: e.BEIZENG_TEST_CLOCK_FILE ? path.resolve(root, e.BEIZENG_TEST_CLOCK_FILE) : undefined,
  };
}

function resolveSqlitePath(url: string, root: string): string {
  if (!url.startsWith('sqlite:')) return url;
  const file = url.slice('sqlite:'.length);
  return file === ':memory:' ? url : `sqlite:${path.resolve(root, file)}`;
}
