import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openJourneyPage } from './browser.js';
import { beizeng, logIn, serveOn } from './demo-server.js';
import { repoRoot } from './server.js';

const screenshots = join(repoRoot, 'e2e/screenshots');
// The assessment and bulletin journeys' own port (they run one after another).
const port = 3111;
const url = `http://127.0.0.1:${port}`;
const YEAR = 2013;

const contentTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
const formats = ['pdf', 'docx', 'xlsx'] as const;

/**
 * The bulletin (发展情况通报) end to end: the office generates the yearly bulletin of a demo year, reviews and
 * publishes it and downloads its three files; an anonymous visitor finds it on /open with the published figures;
 * the office names a liaison leader for an industry and the next bulletin addresses that section to them.
 */
describe('bulletins journey: generate → review → publish → download → public site; the liaison in the next one', () => {
  let dir: string;
  let stopServer: (() => Promise<void>) | undefined;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let office: Page;
  let visitor: Page;
  let current: Page | undefined;
  const pageErrors: string[] = [];
  let headline = '';

  const shot = async (page: Page, name: string) => {
    current = page;
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(screenshots, name), fullPage: true, animations: 'disabled' });
  };
  const view = (page: Page) => page.getByTestId('bulletin-view');
  const bulletinStatus = (page: Page) => view(page).locator('.ant-card-head .ant-tag').first().textContent();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'beizeng-e2e-bulletins-'));
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}` };
    await beizeng(['demo', '--from', '2011', '--to', String(YEAR), '--enterprises', '300'], env);
    stopServer = await serveOn(port, env);
    await mkdir(screenshots, { recursive: true });
    browser = await launchChromium();
    const o = await openJourneyPage(browser, pageErrors);
    const v = await openJourneyPage(browser, pageErrors);
    contexts.push(o.context, v.context);
    office = o.page;
    visitor = v.page;
  }, 300_000);

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail' || !current) return;
    await current
      .screenshot({ path: join(screenshots, 'failed-bulletins.png'), fullPage: true })
      .catch(() => undefined);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await stopServer?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the office generates the yearly bulletin of the demo year: the narrative, tables and assessment section', async () => {
    current = office;
    await logIn(office, url, '/bulletins', 'demo-office');
    await office.getByText('还没有您可以查看的通报。').waitFor();
    // The period offered is the last year with data.
    const period = office.getByRole('textbox', { name: '报告期' });
    await expect.poll(() => period.inputValue(), { timeout: 20_000 }).toBe(String(YEAR));
    await office.getByRole('button', { name: '生成通报（草稿）' }).click();
    await view(office).waitFor({ timeout: 60_000 });
    await expect.poll(() => bulletinStatus(office)).toBe('草稿');
    const text = (await view(office).textContent()) ?? '';
    headline = (await view(office).locator('.ant-typography strong').first().textContent()) ?? '';
    expect(headline).toMatch(
      new RegExp(`^${YEAR}年，全市战略性新兴产业实现产值\\d+\\.\\d{2}亿元，同比增长-?\\d+\\.\\d%`),
    );
    // Every number of the headline is traced to its figure.
    expect(await view(office).locator('[data-figure^="330400|sei|output_value|2013"]').count()).toBeGreaterThan(0);
    for (const section of ['总体情况', '分产业情况', '分县（市、区）情况', '预警情况', '年度考核结果']) {
      expect(text).toContain(section);
    }
    expect(text).toContain('本年度考核结果尚未公布。');
    // The demo liaison names a leader for each industry.
    expect((await view(office).locator('[data-industry="new-energy"]').textContent()) ?? '').toMatch(
      /^新能源产业 ?联系市领导：.+?（副市长）新能源产业实现产值/,
    );
    expect(await view(office).locator('.ant-table').count()).toBeGreaterThanOrEqual(2);
    await shot(office, 'bulletins-1-draft.png');
  });

  it('reviews and publishes it; the publication locks the periods it used', async () => {
    current = office;
    await office.getByRole('button', { name: '审核通过' }).click();
    await expect.poll(() => bulletinStatus(office)).toBe('已审核');
    await office.getByRole('button', { name: /^发\s?布$/ }).click();
    await office.getByText(`已发布，已锁定报告期：${YEAR}、${YEAR - 1}`).waitFor();
    await expect.poll(() => bulletinStatus(office)).toBe('已发布');
    expect(await office.getByRole('button', { name: '审核通过' }).count()).toBe(0);
    await shot(office, 'bulletins-2-published.png');
  });

  it('downloads the PDF, DOCX and XLSX with their types and sizes', async () => {
    current = office;
    for (const format of formats) {
      const download = office.waitForEvent('download');
      await view(office)
        .getByRole('link', { name: new RegExp(`${format.toUpperCase()}$`) })
        .click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`${YEAR}.*\\.${format}$`));
      const path = join(dir, `download.${format}`);
      await file.saveAs(path);
      const content = await readFile(path);
      expect(content.length).toBeGreaterThan(format === 'pdf' ? 50_000 : 5_000);
      expect(content.subarray(0, format === 'pdf' ? 5 : 2).toString()).toBe(format === 'pdf' ? '%PDF-' : 'PK');
      // The same file as the server labels it.
      const href = (await view(office)
        .getByRole('link', { name: new RegExp(`${format.toUpperCase()}$`) })
        .getAttribute('href')) as string;
      const res = await office.request.get(`${url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe(contentTypes[format]);
      expect((await res.body()).length).toBe(content.length);
    }
  });

  it('an anonymous visitor finds it on /open with the published figures as JSON-stat and CSV', async () => {
    current = visitor;
    await visitor.goto(`${url}/open`);
    const list = visitor.getByTestId('open-bulletins');
    await list.waitFor({ timeout: 20_000 });
    expect((await list.textContent()) ?? '').toContain(`${YEAR}年`);
    expect(await list.locator('.ant-list-item').count()).toBe(1);
    // The visitor has no session: the files and the datasets are public.
    const index = (await (await visitor.request.get(`${url}/open/v1/`)).json()) as {
      bulletins: { id: number; files: Record<(typeof formats)[number], string> }[];
    };
    expect(index.bulletins).toHaveLength(1);
    const [published] = index.bulletins;
    for (const format of formats) {
      const res = await visitor.request.get(`${url}${published?.files[format] ?? ''}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe(contentTypes[format]);
    }
    const json = await visitor.request.get(`${url}/open/v1/indicators.json`);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-type']).toContain('application/json');
    const dataset = (await json.json()) as {
      version: string;
      class: string;
      id: string[];
      dimension: { period: { category: { index: Record<string, number> | string[] } } };
      value: (number | null)[];
    };
    expect(dataset).toMatchObject({
      version: '2.0',
      class: 'dataset',
      id: ['region', 'industry', 'indicator', 'period'],
    });
    const periods = dataset.dimension.period.category.index;
    expect(Array.isArray(periods) ? periods : Object.keys(periods)).toEqual([String(YEAR)]);
    expect(dataset.value.filter((v) => v !== null).length).toBeGreaterThan(20);
    const csv = await visitor.request.get(`${url}/open/v1/indicators.csv`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain(`330400,嘉兴市,Jiaxing,sei,`);
    await shot(visitor, 'bulletins-3-open.png');
  });

  it('the office names a liaison leader for new energy; the next bulletin addresses that section to them', async () => {
    current = office;
    await office.getByRole('button', { name: '编辑联系制度' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('新能源 联系市领导').fill('周志远（演示）');
    await dialog.getByLabel('新能源 职务').fill('副市长');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await office.getByText('联系制度已保存').waitFor();
    const card = office.getByTestId('liaison');
    await card.locator('tr', { hasText: '新能源' }).getByText('周志远（演示）').waitFor();
    await shot(office, 'bulletins-4-liaison.png');

    // The next bulletin: the second quarter of the year.
    await office.getByRole('textbox', { name: '报告期' }).fill(`${YEAR}Q2`);
    await office.getByRole('button', { name: '生成通报（草稿）' }).click();
    await office.getByText(`已生成：`).waitFor({ timeout: 60_000 });
    await expect.poll(() => bulletinStatus(office)).toBe('草稿');
    const section = view(office).locator('[data-industry="new-energy"]');
    await expect
      .poll(async () => (await section.textContent()) ?? '')
      .toContain('联系市领导：周志远（演示）（副市长）');
    expect((await view(office).textContent()) ?? '').toMatch(/1—6月，全市战略性新兴产业实现产值/);
    await shot(office, 'bulletins-5-next-with-liaison.png');

    // The draft stays off the public site.
    await visitor.reload();
    await visitor.getByTestId('open-bulletins').waitFor();
    expect(await visitor.getByTestId('open-bulletins').locator('.ant-list-item').count()).toBe(1);
    const json = (await (await visitor.request.get(`${url}/open/v1/indicators.json`)).json()) as {
      dimension: { period: { category: { index: Record<string, number> | string[] } } };
    };
    const periods = json.dimension.period.category.index;
    expect(Array.isArray(periods) ? periods : Object.keys(periods)).toEqual([String(YEAR)]);
  });

  it('raised no errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
