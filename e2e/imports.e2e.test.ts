import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openJourneyPage } from './browser.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildUscc } from '../server/src/modules/enterprises/uscc.js';
import { repoRoot, startServer, type RunningServer } from './server.js';

const screenshots = join(repoRoot, 'e2e/screenshots');
const NANHU = '330402';
const enterpriseUscc = buildUscc(NANHU, '00000001');
const enterpriseName = '嘉兴市南湖新材料科技有限公司';

/** A returns file a county office might send: one credit code mistyped, one negative figure. */
function brokenReturnsCsv(): Buffer {
  const mistyped = `${enterpriseUscc.slice(0, 17)}${enterpriseUscc.endsWith('0') ? '1' : '0'}`;
  return Buffer.from(
    ['统一社会信用代码,报告期,工业总产值(万元)', `${mistyped},2014-03,1200`, `${enterpriseUscc},2014-03,-5`, ''].join(
      '\r\n',
    ),
    'utf8',
  );
}

function registerCsv(): Buffer {
  return Buffer.from(
    [
      '统一社会信用代码,单位详细名称,行政区划代码,是否规上,战略性新兴产业类别',
      `${enterpriseUscc},${enterpriseName},${NANHU},是,new-materials`,
      '',
    ].join('\r\n'),
    'utf8',
  );
}

/** Three months of year-to-date returns of the registered enterprise; `march` is the March gross output in 万元. */
function returnsCsv(march: string): Buffer {
  return Buffer.from(
    [
      '统一社会信用代码,报告期,工业总产值(万元),工业增加值(万元),从业人员平均人数',
      `${enterpriseUscc},2014-01,1200.5,300,120`,
      `${enterpriseUscc},2014-02,2400,610,121`,
      `${enterpriseUscc},2014-03,${march},900,123`,
      '',
    ].join('\r\n'),
    'utf8',
  );
}

describe('imports journey: a refused file by row, a register file imported, the register', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  const shot = async (name: string) => {
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshots, name), fullPage: true, animations: 'disabled' });
  };

  /** Chooses a file for the upload field of the import page and starts the import. */
  async function upload(kind: string, name: string, buffer: Buffer) {
    const form = page.getByTestId('import-form');
    await form.getByText(kind, { exact: true }).click();
    await form.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer });
    await form.getByText(name).waitFor();
    await form.getByRole('button', { name: '开始导入' }).click();
  }

  beforeAll(async () => {
    server = await startServer();
    await mkdir(screenshots, { recursive: true });
    browser = await launchChromium();
    ({ context, page } = await openJourneyPage(browser, pageErrors));
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await page.screenshot({ path: join(screenshots, 'failed-imports.png') }).catch(() => undefined);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('lets the admin open 数据导入 from the navigation', async () => {
    await page.goto(`${server.url}/statistics/import`);
    await page.waitForURL(`${server.url}/login`);
    const login = page.getByTestId('login-page');
    await login.getByLabel('登录名').fill(server.admin.login);
    await login.getByLabel('密码').fill(server.admin.password);
    await login.getByRole('button', { name: /登\s?录/ }).click();
    await page.waitForURL(`${server.url}/statistics/import`);

    const nav = page.getByRole('navigation');
    for (const entry of ['数据导入', '企业名录', '导入批次']) await nav.getByRole('link', { name: entry }).waitFor();
    await page.getByRole('heading', { name: '数据导入' }).waitFor();
    // The office may import all three kinds, and each has its template.
    const form = page.getByTestId('import-form');
    for (const kind of ['企业名录', '企业统计报表', '地区统计数']) {
      await form.getByText(kind, { exact: true }).waitFor();
    }
    await form.getByText('企业统计报表', { exact: true }).click();
    await expect(form.getByRole('link', { name: /下载模板/ }).getAttribute('href')).resolves.toBe(
      '/api/v1/imports/templates/returns',
    );
  });

  it('refuses a broken returns file and lists every problem by row, in Chinese', async () => {
    await upload('企业统计报表', '南湖2014年3月.csv', brokenReturnsCsv());
    const rejected = page.getByTestId('import-rejected');
    await rejected.waitFor({ timeout: 30_000 });
    const title = (await rejected.textContent()) ?? '';
    expect(title).toMatch(/文件有 \d+ 个问题，未导入任何数据/);

    const problems = page.getByTestId('problems-table');
    const rows = problems.locator('tbody tr.ant-table-row');
    const texts = await rows.allTextContents();
    // Row 2 (the first data row as Excel numbers it): the mistyped check character; row 3: the negative figure.
    expect(texts.some((t) => t.startsWith('2') && t.includes('统一社会信用代码') && t.includes('校验'))).toBe(true);
    expect(
      texts.some((t) => t.startsWith('3') && t.includes('工业总产值(万元)') && t.includes('-5') && t.includes('负')),
    ).toBe(true);
    await page.getByTestId('import-source').getByText('UTF-8', { exact: false }).waitFor();
    await shot('import-errors-zh.png');

    // Switched to English, the same problems read in English.
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByTestId('import-rejected').textContent()).resolves.toMatch(
      /The file has \d+ problems; nothing was imported/,
    );
    await page.getByTestId('problems-table').getByRole('columnheader', { name: 'Reason' }).waitFor();
    await shot('import-errors-en.png');
    await page.getByRole('button', { name: /中文/ }).click();
    await page.getByTestId('import-rejected').getByText('未导入任何数据', { exact: false }).waitFor();

    // Nothing was written: the register is still empty.
    const answer = await page.evaluate(async () => (await fetch('/api/v1/enterprises')).json());
    expect((answer as { total: number }).total).toBe(0);
  });

  it('imports a valid register file and shows 新增 1', async () => {
    await upload('企业名录', '南湖企业名录.csv', registerCsv());
    await page.getByTestId('import-committed').waitFor({ timeout: 30_000 });
    const counts = page.getByTestId('import-counts');
    await expect(counts.locator('.ant-statistic').first().textContent()).resolves.toBe('新增1');
    await shot('import-ok-zh.png');
  });

  it('imports its returns, then a corrected file revises one figure', async () => {
    await upload('企业统计报表', '南湖2014年一季度.csv', returnsCsv('3650'));
    await page.getByTestId('import-committed').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('import-counts').locator('.ant-statistic').first().textContent()).resolves.toBe(
      '新增3',
    );
    await upload('企业统计报表', '南湖2014年一季度（更正）.csv', returnsCsv('3700'));
    await page.getByTestId('import-source').getByText('南湖2014年一季度（更正）.csv').waitFor({ timeout: 30_000 });
    const counts = await page.getByTestId('import-counts').locator('.ant-statistic').allTextContents();
    expect(counts).toEqual(['新增0', '修改1', '未变2']);
  });

  it('lists the batches, and finds the enterprise in 企业名录', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '导入批次' }).click();
    const batches = page.getByTestId('batches-table');
    await batches.getByText('南湖企业名录.csv').waitFor();
    await expect(batches.getByText('已拒绝', { exact: true }).count()).resolves.toBe(1);
    await expect(batches.getByText('已导入', { exact: true }).count()).resolves.toBe(3);
    await shot('batches-zh.png');

    // The corrected file's batch lists the one figure it revised, with the old and the new value in 万元.
    await batches.getByRole('link', { name: '南湖2014年一季度（更正）.csv' }).click();
    await page.waitForURL(/\/statistics\/batches\/\d+$/);
    const revised = page.getByTestId('batch-revisions').locator('tbody tr.ant-table-row');
    await revised.first().waitFor();
    await expect(revised.allTextContents()).resolves.toEqual([`${enterpriseUscc}2014-03工业总产值（万元）36503700`]);
    await shot('batch-zh.png');

    await page.getByRole('navigation').getByRole('link', { name: '企业名录' }).click();
    await page.waitForURL(`${server.url}/enterprises`);
    const filters = page.getByTestId('enterprise-filters');
    await filters.getByLabel('名称或信用代码').fill('新材料');
    await filters.getByRole('button', { name: /查\s?询/ }).click();
    await page.waitForURL(/search=/);
    const table = page.getByTestId('enterprises-table');
    await table.getByRole('link', { name: enterpriseName }).waitFor();
    await table.getByText(enterpriseUscc).waitFor();
    await table.getByText('南湖区').waitFor();
    await shot('enterprises-zh.png');

    await table.getByRole('link', { name: enterpriseName }).click();
    await page.waitForURL(`${server.url}/enterprises/${enterpriseUscc}`);
    await page.getByRole('heading', { name: enterpriseName }).waitFor();
    await page.getByTestId('enterprise-basics').getByText(enterpriseUscc).waitFor();
    await page.getByTestId('enterprise-history').getByText('文件导入').waitFor();
    // Returns in 万元 as filed; the corrected March figure kept its old value as a revision.
    const returns = page.getByTestId('enterprise-returns');
    await returns.getByText('2014-03').waitFor();
    await returns.getByText('1200.50').waitFor();
    const revision = page.getByTestId('enterprise-revisions').locator('tbody tr.ant-table-row');
    await revision.first().waitFor();
    await expect(revision.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^2014-03工业总产值（万元）3650\.003700\.00#\d+/),
    ]);
    await shot('enterprise-zh.png');
  });

  it('logged no errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
