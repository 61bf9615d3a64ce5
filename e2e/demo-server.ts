import { spawn } from 'node:child_process';
import type { Page } from 'playwright-core';
import { repoRoot } from './server.js';

/** The demo logins' password (server/src/modules/demo/demo-seed.ts DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'Demo-2011-beizeng';

/** Runs `node bin/beizeng.js …` in the repository; resolves with its output when it exits 0. */
export function beizeng(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/beizeng.js', ...args], { cwd: repoRoot, env, stdio: 'pipe' });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`beizeng ${args[0]} exited ${code}:\n${out}`)),
    );
  });
}

/**
 * Starts `beizeng serve` on a fixed port with the given environment (its database already filled) and resolves
 * once GET /api/health answers; the returned function stops it.
 */
export async function serveOn(port: number, env: NodeJS.ProcessEnv): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, ['bin/beizeng.js', 'serve', '--port', String(port)], {
    cwd: repoRoot,
    env,
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return stop;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not start on port ${port}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Opens `path`, is sent to the login page, logs in and waits to be back on `path`. */
export async function logIn(page: Page, base: string, path: string, login: string, password = DEMO_PASSWORD) {
  await page.goto(`${base}${path}`);
  await page.waitForURL(/\/login/);
  const form = page.getByTestId('login-page');
  await form.getByLabel('登录名').fill(login);
  await form.getByLabel('密码').fill(password);
  await form.getByRole('button', { name: /登\s?录/ }).click();
  await page.waitForURL(`${base}${path}`);
}

/** A change through the API with the page's session (cookie and CSRF token), as the web client makes it. */
export async function apiAs<T>(page: Page, base: string, method: 'POST' | 'PUT', path: string, body: unknown) {
  const session = (await (await page.request.get(`${base}/api/v1/session`)).json()) as { csrfToken: string | null };
  const res = await page.request.fetch(`${base}${path}`, {
    method,
    headers: { 'x-csrf-token': session.csrfToken ?? '', 'content-type': 'application/json' },
    data: JSON.stringify(body),
  });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}
