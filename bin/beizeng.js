#!/usr/bin/env node
// The `beizeng` command. Runs the compiled server when it is built and newer than every source file (npm start
// builds it), else the TypeScript sources through tsx — so `npx beizeng …` works on a fresh checkout and never runs
// a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist/server/cli.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const useBuilt =
  !process.env.BEIZENG_FROM_SOURCE &&
  existsSync(built) &&
  statSync(built).mtimeMs >= newestSource(join(root, 'server/src'));
let cli;
if (useBuilt) {
  cli = await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(pathToFileURL(join(root, 'server/src/cli.ts')).href);
}
await cli.runCli(process.argv);
