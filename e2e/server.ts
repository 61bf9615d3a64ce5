import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the e2e journeys run the platform exactly as `npm start` would, from here. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface Credentials {
  login: string;
  password: string;
}

export interface RunningServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** The administrator created on the first start; `serve` prints its password once, and this is where it is kept. */
  admin: Credentials;
  /** What the server printed so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// `serve` prints, on the first start of an empty database: "  login: admin   password: XXXX".
const FIRST_ADMIN = /^\s*login: (\S+)\s+password: (\S+)\s*$/m;

/** The first administrator's login and password as `serve` printed them, once it has. */
export function firstAdminOf(output: string): Credentials | undefined {
  const match = FIRST_ADMIN.exec(output);
  return match?.[1] && match[2] ? { login: match[1], password: match[2] } : undefined;
}

/**
 * Starts the built platform (`node bin/beizeng.js serve`) on a free port with its own SQLite database in a temporary
 * directory, and resolves once GET /api/health answers 200 and the first administrator's password has been printed.
 * `npm run e2e` builds first; run `npm run build` before running the journeys by hand.
 */
export async function startServer({ timeoutMs = 60_000 } = {}): Promise<RunningServer> {
  if (!existsSync(join(repoRoot, 'dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: run `npm run build` first (npm run e2e does)');
  }
  const dir = await mkdtemp(join(tmpdir(), 'beizeng-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['bin/beizeng.js', 'serve', '--port', String(port)], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  const stop = async () => {
    if (exitCode === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`the server exited with code ${exitCode} before it was ready:\n${log}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      // The password is printed just after the server starts listening: wait for it too.
      const admin = firstAdminOf(log);
      if (response.status === 200 && admin) return { url, admin, output: () => log, stop };
    } catch {
      // Not listening yet.
    }
    await delay(200);
  }
  await stop();
  throw new Error(
    `the server did not answer GET /api/health and print the first administrator's password within ${timeoutMs} ms:\n${log}`,
  );
}
