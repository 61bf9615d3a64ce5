import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openJourneyPage } from './browser.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildUscc } from '../server/src/modules/enterprises/uscc.js';
import { repoRoot, startServer, type RunningServer } from './server.js';

const screenshots = join(repoRoot, 'e2e/screenshots');
const NANHU = '330402';
const enterpriseUscc = buildUscc(NANHU, '00000002');
const enterpriseName = '嘉兴市南湖材料研究有限公司';

// The refused second lock answers 409, which the browser logs; that is the journey, not a fault.
const expectedFailure = /^console: Failed to load resource: the server responded with a status of 409 /;

const csv = (lines: string[]) => Buffer.from([...lines, ''].join('\r\n'), 'utf8');

const registerCsv = () =>
  csv([
    '统一社会信用代码,单位详细名称,行政区划代码,是否规上,战略性新兴产业类别',
    `${enterpriseUscc},${enterpriseName},${NANHU},是,new-materials`,
  ]);

const returnsCsv = () =>
  csv(['统一社会信用代码,报告期,工业总产值(万元)', `${enterpriseUscc},2014-06,5200`, `${enterpriseUscc},2014-12,9800`]);

describe('register journey: the office rules on a classification, locks a period, an import into it is refused', () => {
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

  /** Chooses a file on the import page and starts the import. */
  async function upload(kind: string, name: string, buffer: Buffer) {
    await page.getByRole('navigation').getByRole('link', { name: '数据导入' }).click();
    await page.waitForURL(`${server.url}/statistics/import`);
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
    await page.screenshot({ path: join(screenshots, 'failed-register.png'), fullPage: true }).catch(() => undefined);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('lets the admin register an enterprise by file', async () => {
    await page.goto(`${server.url}/statistics/import`);
    await page.waitForURL(`${server.url}/login`);
    const login = page.getByTestId('login-page');
    await login.getByLabel('登录名').fill(server.admin.login);
    await login.getByLabel('密码').fill(server.admin.password);
    await login.getByRole('button', { name: /登\s?录/ }).click();
    await page.waitForURL(`${server.url}/statistics/import`);
    await upload('企业名录', '南湖企业名录.csv', registerCsv());
    await page.getByTestId('import-committed').waitFor({ timeout: 30_000 });
  });

  it('edits the basics and rules the enterprise 60% 新材料 from 2015-01, and sees the history', async () => {
    await page.goto(`${server.url}/enterprises/${enterpriseUscc}`);
    await page.getByRole('heading', { name: enterpriseName }).waitFor();

    await page.getByRole('button', { name: '编辑基本信息' }).click();
    const edit = page.getByTestId('enterprise-edit');
    await edit.getByLabel('国民经济行业代码').fill('C3985');
    await edit.getByRole('checkbox', { name: '专精特新' }).check();

    await page.getByRole('button', { name: '分类认定' }).click();
    const classify = page.getByTestId('enterprise-classify');
    // The current classification is the starting point: 新材料 100% from the file.
    await classify.getByText('新材料').waitFor();
    await classify.getByLabel('生效月份').fill('2015-01');
    // Not Enter, which would submit the form: leaving the field keeps the typed month.
    await classify.getByText('认定从所选月份起生效', { exact: false }).click();
    await classify.getByLabel('比例（%）').fill('60');
    await classify.getByLabel('认定说明').fill('依据2015年产品结构认定');
    await classify.getByTestId('classify-total').getByText('合计 60%').waitFor();
    await shot('enterprise-edit-zh.png');

    await edit.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已保存。').waitFor();
    const basics = page.getByTestId('enterprise-basics');
    await basics.getByText('C3985').waitFor();
    await basics.getByText('专精特新').waitFor();

    await classify.getByRole('button', { name: '保存认定' }).click();
    await classify.waitFor({ state: 'detached' });
    await page.getByTestId('enterprise-basics').getByText('新材料 60%').waitFor();
    const history = page.getByTestId('enterprise-history').locator('tbody tr.ant-table-row');
    await expect(history.allTextContents()).resolves.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^新材料60%2015-01至今人工认定依据2015年产品结构认定/),
        expect.stringMatching(/^新材料100%.*2015-01文件导入/),
      ]),
    );
    await shot('enterprise-ruled-zh.png');
  });

  it('locks 2014 with a reason, and an import of a 2014 return is refused as locked', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '报告期锁定' }).click();
    await page.waitForURL(`${server.url}/statistics/locks`);
    await page.getByRole('heading', { name: '报告期锁定', level: 1 }).waitFor();
    await page.getByText('对已锁定报告期的导入将被整体拒绝', { exact: false }).waitFor();
    const form = page.getByTestId('lock-form');
    await form.getByLabel('报告期').fill('2014');
    await form.getByLabel('锁定原因').fill('2014年年报已发布');
    await form.getByRole('button', { name: /锁\s?定/ }).click();
    const table = page.getByTestId('locks-table');
    await table.getByText('2014年年报已发布').waitFor();
    await expect(table.locator('tbody tr.ant-table-row').allTextContents()).resolves.toEqual([
      expect.stringMatching(new RegExp(`^20142014年年报已发布${server.admin.login}`)),
    ]);
    // Locking it again names no field: the server's message shows above the form.
    await form.getByLabel('报告期').fill('2014');
    await form.getByLabel('锁定原因').fill('重复锁定');
    await form.getByRole('button', { name: /锁\s?定/ }).click();
    await page.getByText('already locked', { exact: false }).waitFor();
    await page.reload();
    await page.getByTestId('locks-table').getByText('2014年年报已发布').waitFor();
    await shot('locks-zh.png');

    await upload('企业统计报表', '南湖2014年报表.csv', returnsCsv());
    await page.getByTestId('import-rejected').waitFor({ timeout: 30_000 });
    const rows = await page.getByTestId('problems-table').locator('tbody tr.ant-table-row').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.includes('已锁定'))).toBe(true);
    await shot('import-locked-zh.png');
  });

  it('unlocks 2014 after confirming', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '报告期锁定' }).click();
    const table = page.getByTestId('locks-table');
    await table.getByRole('button', { name: /解\s?锁/ }).click();
    const confirm = page.locator('.ant-popconfirm');
    await confirm.getByText('解锁报告期 2014？').waitFor();
    await confirm.getByRole('button', { name: /解\s?锁/ }).click();
    await page.getByText('已解锁报告期 2014。').waitFor();
    await table.getByText('尚无锁定的报告期。').waitFor();
  });

  it('logged no errors in the browser', () => {
    expect(pageErrors.filter((e) => !expectedFailure.test(e))).toEqual([]);
  });
});
