import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../web/src/api/openapi.js';
import { repoRoot, startServer, type RunningServer } from './server.js';

type PlanOverview = components['schemas']['PlanOverview'];

const screenshots = join(repoRoot, 'e2e/screenshots');
const countyKinds = new Set(['district', 'county', 'county_city']);

describe('plan overview journey', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let plan: PlanOverview;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    const response = await fetch(`${server.url}/api/v1/plan`);
    expect(response.status).toBe(200);
    plan = (await response.json()) as PlanOverview;
    await mkdir(screenshots, { recursive: true });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // An anonymous visitor's pages must load without a single failed request.
      pageErrors.push(`console: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const counties = () => plan.regions.filter((r) => countyKinds.has(r.kind));

  it('shows the plan from the database in Chinese, with every target and the county map', async () => {
    await page.goto(`${server.url}/`);
    const nav = page.getByRole('navigation');
    await nav.getByText('计划总览', { exact: true }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');

    const targets = page.getByTestId('targets');
    await targets.getByText('3600亿元').first().waitFor();
    for (const target of plan.targets) {
      expect(await targets.getByText(target.name.zh, { exact: true }).count(), target.name.zh).toBeGreaterThan(0);
    }
    // The special fund: 5亿元 a year from annualBudgetFen; the tax refund schedule; the land share.
    await page.getByTestId('instrument-fund').getByText('5亿元/年').waitFor();
    await page.getByTestId('instrument-tax').getByText('前3年100%、后3年50%').waitFor();
    await page.getByTestId('instrument-land').getByText('≥ 50%', { exact: true }).waitFor();

    const map = page.getByTestId('county-map');
    await map.locator('svg').first().waitFor();
    await expect
      .poll(() => map.locator('svg text').allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(counties().map((c) => c.name.zh)));
    const legend = await page.getByTestId('county-map-legend').textContent();
    expect(counties()).toHaveLength(7);
    for (const county of counties()) expect(legend).toContain(county.name.zh);
    for (const industry of plan.industries.filter((i) =>
      plan.focusIndustries.some((f) => f.industryCodes.includes(i.code)),
    )) {
      expect(legend).toContain(industry.name.zh);
    }

    await page.screenshot({ path: join(screenshots, 'overview-zh.png'), fullPage: true, animations: 'disabled' });
  });

  it('switches to English, shows the English target names, and stays in English after a reload', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    const nav = page.getByRole('navigation');
    await nav.getByText('Plan overview', { exact: true }).waitFor();
    const targets = page.getByTestId('targets');
    for (const target of plan.targets) {
      expect(await targets.getByText(target.name.en, { exact: true }).count(), target.name.en).toBeGreaterThan(0);
    }

    await page.reload();
    await page.getByRole('navigation').getByText('Plan overview', { exact: true }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-US');
    await page.getByRole('button', { name: /中文/ }).waitFor();
    const first = plan.targets[0];
    if (first) await page.getByTestId('targets').getByText(first.name.en, { exact: true }).waitFor();
    // Long English labels take two lines on the map (one <text> each): compare the joined text.
    const mapText = async () => (await page.getByTestId('county-map').locator('svg text').allTextContents()).join(' ');
    for (const county of counties()) {
      await expect.poll(mapText, { timeout: 15_000 }).toContain(county.name.en);
    }
    const legend = await page.getByTestId('county-map-legend').textContent();
    for (const county of counties()) expect(legend).toContain(county.name.en);
    await page.screenshot({ path: join(screenshots, 'overview-en.png'), fullPage: true, animations: 'disabled' });
  });

  it('opens a module that is not built yet and says so, in both languages', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Expert review' }).click();
    await page.waitForURL(`${server.url}/experts`);
    await page.getByText('Expert review: not yet available').waitFor();

    await page.getByRole('button', { name: /中文/ }).click();
    await page.getByText('专家评审：尚未开放').waitFor();
    await page.screenshot({ path: join(screenshots, 'placeholder-zh.png'), animations: 'disabled' });

    // A deep link works too: the server falls back to the app for paths it does not know.
    await page.goto(`${server.url}/funds`);
    await page.getByText('专项资金：尚未开放').waitFor();
  });

  it("shows the API's error message when the plan cannot be loaded", async () => {
    // The real server always has a plan; this one answer is replaced to see how the page words an API error.
    const errorPage = await context.newPage();
    await errorPage.route('**/api/v1/plan', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'not_found', message: '尚未载入计划文件' } }),
      }),
    );
    await errorPage.goto(`${server.url}/`);
    await errorPage.getByRole('alert').getByText('尚未载入计划文件').waitFor();
    await errorPage.getByRole('button', { name: /重\s?试|Retry/ }).waitFor();
    await errorPage.close();
  });

  it('raised no errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
