import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { grant, makeEnterprise, makeUser } from '../../../test/factories.js';
import type { Db } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { buildUscc } from '../enterprises/uscc.js';
import { runImport } from './import.service.js';
import { lockPeriod } from './statistics.service.js';

/**
 * One file per validation rule, imported through the whole service as a county officer would: each must be refused
 * with the rule's code on the right row and column — and leave every statistics table exactly as it was.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-rules-'));

async function everything(db: Db) {
  const tables = ['enterprise', 'enterpriseSeiShare', 'statisticalReturn', 'statisticRevision', 'regionStat'] as const;
  const out: Record<string, unknown[]> = {};
  for (const table of tables) out[table] = await db.selectFrom(table).selectAll().execute();
  return JSON.stringify(out);
}

describe(`every validation rule refuses the file and writes nothing (${testDialect})`, () => {
  let t: TestApp;
  let officer: RequestContext;
  let known: string;
  let elsewhere: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    const user = await makeUser(db, [grant('county', '330481')]);
    officer = {
      actor: { userId: user.id, login: user.login, displayName: '', roles: user.roles, via: 'session' },
      ip: null,
    };
    known = (await makeEnterprise(db, { region: '330481', shares: [{ industry: 'new-energy', share: 1 }] })).uscc;
    elsewhere = (await makeEnterprise(db, { region: '330402' })).uscc;
    // A stored March figure, so a file's February above it breaks the order against the database.
    const seed = path.join(dir, 'seed.csv');
    fs.writeFileSync(seed, `统一社会信用代码,报告期,工业总产值(元)\n${known},2015-03,3000\n`);
    const seeded = await runImport(db, officer, {
      filePath: seed,
      fileName: 'seed.csv',
      kind: 'returns',
      dryRun: false,
    });
    expect(seeded.status).toBe('committed');
    await lockPeriod(db, { actor: null, ip: null, system: 'system:test' }, { period: '2011', reason: '2011年已发布' });
  });
  afterAll(() => t.close());

  const fresh = buildUscc('330481', 'YY000001');
  const badCheck = () => `${known.slice(0, 17)}${known.endsWith('0') ? '1' : '0'}`;
  const returnsHeader = '统一社会信用代码,报告期,工业总产值(千元)';
  const cases: {
    rule: string;
    kind: 'enterprises' | 'returns';
    file: () => string | Buffer;
    row: number | null;
    column?: string;
  }[] = [
    {
      rule: 'unknown_header',
      kind: 'returns',
      file: () => `${returnsHeader},利润总额(千元)\n${known},2015-04,1,2\n`,
      row: 1,
    },
    {
      rule: 'duplicate_column',
      kind: 'returns',
      file: () => `${returnsHeader},工业总产值(千元)\n${known},2015-04,1,1\n`,
      row: 1,
    },
    { rule: 'missing_column', kind: 'returns', file: () => `报告期,工业总产值(千元)\n2015-04,1\n`, row: 1 },
    {
      rule: 'unit_missing',
      kind: 'returns',
      file: () => `统一社会信用代码,报告期,工业总产值\n${known},2015-04,1\n`,
      row: 1,
    },
    {
      rule: 'uscc_check_character',
      kind: 'returns',
      file: () => `${returnsHeader}\n${badCheck()},2015-04,1\n`,
      row: 2,
      column: '统一社会信用代码',
    },
    {
      rule: 'uscc_length',
      kind: 'returns',
      file: () => `${returnsHeader}\n${known.slice(0, 16)},2015-04,1\n`,
      row: 2,
      column: '统一社会信用代码',
    },
    {
      rule: 'unknown_enterprise',
      kind: 'returns',
      file: () => `${returnsHeader}\n${fresh},2015-04,1\n`,
      row: 2,
      column: '统一社会信用代码',
    },
    {
      rule: 'unknown_enterprise',
      kind: 'returns',
      file: () => `${returnsHeader}\n${elsewhere},2015-04,1\n`,
      row: 2,
      column: '统一社会信用代码',
    },
    {
      rule: 'negative',
      kind: 'returns',
      file: () => `${returnsHeader}\n${known},2015-04,-1\n`,
      row: 2,
      column: '工业总产值(千元)',
    },
    {
      rule: 'not_a_number',
      kind: 'returns',
      file: () => `${returnsHeader}\n${known},2015-04,一百\n`,
      row: 2,
      column: '工业总产值(千元)',
    },
    { rule: 'period', kind: 'returns', file: () => `${returnsHeader}\n${known},2015-13,1\n`, row: 2, column: '报告期' },
    {
      rule: 'duplicate_row',
      kind: 'returns',
      file: () => `${returnsHeader}\n${known},2015-05,4\n${known},2015年5月,4\n`,
      row: 3,
    },
    {
      rule: 'ytd_decrease',
      kind: 'returns',
      file: () => `${returnsHeader}\n${known},2015-05,9\n${known},2015-06,8\n`,
      row: 3,
    },
    {
      rule: 'ytd_above_stored_next',
      kind: 'returns',
      file: () => `统一社会信用代码,报告期,工业总产值(元)\n${known},2015-02,5000\n`,
      row: 2,
    },
    {
      rule: 'period_locked',
      kind: 'returns',
      file: () => `${returnsHeader}\n${known},2011-06,1\n`,
      row: 2,
      column: '报告期',
    },
    { rule: 'no_rows', kind: 'returns', file: () => `${returnsHeader}\n`, row: null },
    { rule: 'csv_syntax', kind: 'returns', file: () => `${returnsHeader}\n${known},"2015-04,1\n`, row: 2 },
    {
      rule: 'region_out_of_scope',
      kind: 'enterprises',
      file: () =>
        `统一社会信用代码,单位详细名称,行政区划代码,是否规上\n${buildUscc('330402', 'YY000002')},某企业,330402,是\n`,
      row: 2,
      column: '行政区划代码',
    },
    {
      rule: 'unknown_region',
      kind: 'enterprises',
      file: () => `统一社会信用代码,单位详细名称,行政区划代码,是否规上\n${fresh},某企业,330499,是\n`,
      row: 2,
      column: '行政区划代码',
    },
    {
      rule: 'unknown_industry',
      kind: 'enterprises',
      file: () =>
        `统一社会信用代码,单位详细名称,行政区划代码,是否规上,战略性新兴产业类别\n${fresh},某企业,330481,是,航天\n`,
      row: 2,
      column: '战略性新兴产业类别',
    },
    {
      rule: 'share_sum',
      kind: 'enterprises',
      file: () =>
        `统一社会信用代码,单位详细名称,行政区划代码,是否规上,战略性新兴产业类别\n${fresh},某企业,330481,是,new-energy:0.7;bio:0.5\n`,
      row: 2,
      column: '战略性新兴产业类别',
    },
    {
      rule: 'boolean',
      kind: 'enterprises',
      file: () => `统一社会信用代码,单位详细名称,行政区划代码,是否规上\n${fresh},某企业,330481,也许\n`,
      row: 2,
      column: '是否规上',
    },
    {
      rule: 'encoding-gb18030-ok',
      kind: 'enterprises',
      file: () =>
        iconv.encode(`统一社会信用代码,单位详细名称,行政区划代码,是否规上\n${fresh},某企业,330481,否\n`, 'gb18030'),
      row: null,
    },
  ];

  for (const c of cases) {
    it(`${c.rule}${c.column ? ` (${c.column})` : ''}`, async () => {
      const db = t.database.db;
      const file = path.join(dir, `${c.rule}-${Math.random().toString(36).slice(2)}.csv`);
      fs.writeFileSync(file, c.file());
      if (c.rule === 'encoding-gb18030-ok') {
        // The control: the same shape of file, valid and in GB18030, is accepted — as a dry run, so nothing is written.
        const ok = await runImport(db, officer, { filePath: file, fileName: 'gb.csv', kind: c.kind, dryRun: true });
        expect(ok).toMatchObject({ status: 'dry_run', problemCount: 0, counts: { inserted: 1 } });
        return;
      }
      const before = await everything(db);
      const outcome = await runImport(db, officer, {
        filePath: file,
        fileName: path.basename(file),
        kind: c.kind,
        dryRun: false,
      });
      expect(outcome.status).toBe('rejected');
      const problem = outcome.problems.find((p) => p.code === c.rule);
      expect(problem, JSON.stringify(outcome.problems)).toBeDefined();
      expect(problem?.row).toBe(c.row);
      if (c.column) expect(problem?.column).toBe(c.column);
      expect(problem?.reason.zh.length).toBeGreaterThan(0);
      expect(await everything(db)).toBe(before);
    });
  }
});
