#!/usr/bin/env node
// The `beizeng` command. Runs the compiled server when it is built (npm start builds it), else the TypeScript
// sources through tsx, so that `npx beizeng …` works on a fresh checkout too.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist/server/cli.js');
let cli;
if (existsSync(built) && !process.env.BEIZENG_FROM_SOURCE) {
  cli = await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(pathToFileURL(join(root, 'server/src/cli.ts')).href);
}
await cli.runCli(process.argv);
