import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openJourneyPage } from './browser.js';
import { beizeng, DEMO_PASSWORD, serveOn } from './demo-server.js';
import { repoRoot } from './server.js';

const screenshots = join(repoRoot, 'e2e/screenshots');
// The indicator journey's own port (the other journeys take free ones).
const port = 3109;
const url = `http://127.0.0.1:${port}`;
describe('indicators journey: a city leader reads the targets, a trend with its forecast, and the county map', () => {
  let dir: string;
  let stopServer: (() => Promise<void>) | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  const shot = async (name: string) => {
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(screenshots, name), fullPage: true, animations: 'disabled' });
  };

  beforeAll(async () => {
    // The demo data set (2010–2015, the plan's years) through the import path, then the platform on its port.
    dir = await mkdtemp(join(tmpdir(), 'beizeng-e2e-indicators-'));
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}` };
    await beizeng(['demo', '--from', '2010', '--to', '2015', '--enterprises', '600'], env);
    stopServer = await serveOn(port, env);
    await mkdir(screenshots, { recursive: true });
    browser = await launchChromium();
    ({ context, page } = await openJourneyPage(browser, pageErrors));
  }, 300_000);

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await page.screenshot({ path: join(screenshots, 'failed-indicators.png'), fullPage: true }).catch(() => undefined);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stopServer?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('logs the demo leader in and shows every target as a card with its status, in 亿元', async () => {
    await page.goto(`${url}/indicators`);
    await page.waitForURL(/\/login/);
    const login = page.getByTestId('login-page');
    await login.getByLabel('登录名').fill('demo-leader');
    await login.getByLabel('密码').fill(DEMO_PASSWORD);
    await login.getByRole('button', { name: /登\s?录/ }).click();
    await page.waitForURL(`${url}/indicators`);

    // Without a period the page shows the last year with data: 2015, the plan's target year.
    await expect.poll(() => page.getByTestId('period-label').textContent(), { timeout: 20_000 }).toBe('2015年');
    const cards = page.getByTestId('target-card');
    await cards.first().waitFor();
    const plan = (await (await page.request.get(`${url}/api/v1/plan`)).json()) as {
      targets: { name: { zh: string } }[];
    };
    await expect.poll(() => cards.count()).toBe(plan.targets.length);
    const text = (await page.getByTestId('target-cards').textContent()) ?? '';
    for (const target of plan.targets) expect(text).toContain(target.name.zh);
    expect(text).toMatch(/\d+\.\d{2}亿元/);
    expect(text).toMatch(/已达成|符合进度|有风险|滞后/);
    // Each card carries its spark line once the yearly progress has arrived.
    await expect
      .poll(() => page.getByTestId('spark').locator('svg path').count(), { timeout: 20_000 })
      .toBeGreaterThan(12);
    await shot('indicators-overview-2015.png');

    // 2013: midway, the statuses differ, required growth and a forecast to 2015 are shown, warnings listed.
    await page.getByTestId('period-year').click();
    await page.locator('.ant-select-item-option', { hasText: /^2013年$/ }).click();
    await page.waitForURL(/period=2013/);
    await expect.poll(() => page.getByTestId('period-label').textContent()).toBe('2013年');
    await page
      .getByTestId('target-cards')
      .getByText(/尚需年均增长\d+\.\d{2}%/)
      .first()
      .waitFor();
    await page
      .getByTestId('target-cards')
      .getByText(/2015年预计\d+\.\d{2}亿元/)
      .first()
      .waitFor();
    const warnings = page.getByTestId('warnings');
    await warnings.getByText(/^预警$/).waitFor();
    await expect.poll(async () => (await warnings.textContent()) ?? '').toMatch(/有风险|滞后|本期没有新的预警/);
    await page.waitForTimeout(500);
    await shot('indicators-overview.png');
  });

  it('opens the trend of SEI output: actual, the required path, the target, the dashed forecast, the breakdown', async () => {
    const card = page.locator('[data-target="sei-output-level"]');
    await card.getByRole('link').click();
    await page.waitForURL(`${url}/indicators/targets/sei-output-level?period=2013`);
    await page.getByRole('heading', { name: '战略性新兴产业产值突破3600亿元' }).waitFor();
    const chart = page.getByTestId('trend-chart');
    await expect
      .poll(async () => (await chart.locator('svg text').allTextContents()).join(' '), { timeout: 20_000 })
      .toContain('3600.00');
    const legend = (await chart.locator('svg text').allTextContents()).join(' ');
    for (const name of ['实际', '进度要求', '预测（按近期趋势）']) expect(legend).toContain(name);
    const table = page.getByTestId('trend-table');
    await table.getByText('2013', { exact: true }).waitFor();
    expect(await table.textContent()).toMatch(/\d+\.\d{2}亿元/);
    // The forecast runs from the last actual year to 2015; the table shows it in its own column.
    await expect.poll(async () => (await table.locator('tr', { hasText: '2015' }).textContent()) ?? '').toMatch(/亿元/);
    const cascade = page.getByTestId('cascade-table');
    await cascade.getByText('南湖区').first().waitFor();
    expect(await cascade.textContent()).toContain('按基期权重');

    // The chart's table goes to Excel.
    const download = page.waitForEvent('download');
    await page.getByTestId('export-trend').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^战略性新兴产业产值突破3600亿元 2013年\.xlsx$/);
    await page.waitForTimeout(500);
    await shot('indicators-trend.png');
  });

  it('colours the county map by status and by growth, and opens a county from it', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '县域地图' }).click();
    await page.waitForURL(/\/indicators\/map/);
    const map = page.getByTestId('indicator-map');
    await map.locator('svg').first().waitFor();
    await expect
      .poll(async () => (await map.locator('svg text').allTextContents()).join(' '), { timeout: 20_000 })
      .toMatch(/南湖区\s*(已达成|符合进度|有风险|滞后|无数据)/);
    const table = page.getByTestId('map-table');
    await expect.poll(async () => await table.locator('tbody tr.ant-table-row').count()).toBe(7);
    expect(await page.getByTestId('map-legend').textContent()).toContain('滞后');
    await page.waitForTimeout(500);
    await shot('indicators-map.png');

    await page.getByTestId('map-mode').getByText('产值同比增长').click();
    await expect
      .poll(async () => (await map.locator('svg text').allTextContents()).join(' '), { timeout: 20_000 })
      .toMatch(/南湖区\s*[+−]\d+\.\d{2}%/);
    expect(await page.getByTestId('map-legend').textContent()).toContain('10%–20%');
    await page.waitForTimeout(500);
    await shot('indicators-map-growth.png');

    await table.getByRole('link', { name: '南湖区' }).click();
    await page.waitForURL(/\/indicators\/counties\/330402/);
    await page.getByRole('heading', { name: '南湖区 · 目标进度' }).waitFor();
    await page
      .getByTestId('progress-table')
      .getByText(/\d+\.\d{2}亿元/)
      .first()
      .waitFor();
    await page
      .getByTestId('county-industries')
      .getByText(/\d+\.\d{2}亿元/)
      .first()
      .waitFor();
    await page.getByTestId('contributors-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.waitForTimeout(500);
    await shot('indicators-county.png');
  });

  it('opens an industry from the county page: its counties, trend and enterprises', async () => {
    await page.getByTestId('county-industries').getByRole('link', { name: '新能源' }).click();
    await page.waitForURL(/\/indicators\/industries\/new-energy/);
    await page.getByTestId('industry-counties').getByText('南湖区').waitFor();
    await page.getByTestId('contributors-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.waitForTimeout(500);
    await shot('indicators-industry.png');
  });

  it('raised no errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
