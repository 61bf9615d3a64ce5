// Writes openapi.json (the API description generated from the route schemas) and the web client's types generated
// from it. With --check, writes nothing and fails when either committed file is stale: `npm run check` runs that.
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from './app.js';
import { projectRoot } from './config.js';
import { openDatabase } from './db/database.js';

const targets = {
  spec: path.join(projectRoot, 'openapi.json'),
  types: path.join(projectRoot, 'web/src/api/openapi.d.ts'),
};

async function generate(): Promise<{ spec: string; types: string }> {
  const { db, dialect } = openDatabase('sqlite::memory:');
  const app = await buildApp({ db, dialect });
  await app.ready();
  const document = app.swagger() as Record<string, unknown>;
  await app.close();
  await db.destroy();
  const spec = `${JSON.stringify(document, null, 2)}\n`;
  const header = '// Generated from openapi.json by `npm run openapi`. Do not edit.\n';
  const types = header + astToString(await openapiTS(JSON.parse(spec) as Parameters<typeof openapiTS>[0]));
  return { spec, types };
}

const check = process.argv.includes('--check');
const generated = await generate();
let stale = false;
for (const key of ['spec', 'types'] as const) {
  const file = targets[key];
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === generated[key]) continue;
  if (check) {
    console.error(`${path.relative(projectRoot, file)} is stale: run \`npm run openapi\` and commit the result`);
    stale = true;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, generated[key]);
    console.log(`wrote ${path.relative(projectRoot, file)}`);
  }
}
if (stale) process.exitCode = 1;
else if (check) console.log('openapi.json and web/src/api/openapi.d.ts are current');
