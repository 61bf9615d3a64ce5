import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openJourneyPage } from './browser.js';
import { apiAs, beizeng, logIn, serveOn } from './demo-server.js';
import { repoRoot } from './server.js';

const screenshots = join(repoRoot, 'e2e/screenshots');
// The assessment and bulletin journeys' own port (they run one after another).
const port = 3111;
const url = `http://127.0.0.1:${port}`;
const YEAR = 2013;
const COUNTY = '330402'; // 南湖区

/**
 * The county assessment's public notice (公示), end to end: the office computes a draft and puts it on notice for a
 * day; 南湖区's officer objects; the office answers; the clock moves past the window (the test hook
 * BEIZENG_TEST_CLOCK_FILE, docs/assessment.md); the office publishes. Then 南湖区 states another focus industry,
 * the office computes, notices and publishes version 2, and the page shows it with the differences from version 1.
 */
describe('assessment journey: draft → public notice → objection → answer → published, then a new version', () => {
  let dir: string;
  let clockFile: string;
  let stopServer: (() => Promise<void>) | undefined;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let office: Page;
  let county: Page;
  let current: Page | undefined;
  const pageErrors: string[] = [];

  const shot = async (page: Page, name: string) => {
    current = page;
    await page.mouse.move(0, 0);
    // The header is fixed: from a scrolled page it would be drawn over the middle of a full-page screenshot.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(screenshots, name), fullPage: true, animations: 'disabled' });
  };
  /** Moves the server's assessment clock `days` days ahead of the real time. */
  const clockAhead = (days: number) => writeFile(clockFile, String(days));
  const status = (page: Page) => page.getByTestId('assessment-status').textContent();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'beizeng-e2e-assessment-'));
    clockFile = join(dir, 'clock');
    const env = {
      ...process.env,
      DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}`,
      BEIZENG_TEST_CLOCK_FILE: clockFile,
    };
    await beizeng(['demo', '--from', '2011', '--to', String(YEAR), '--enterprises', '300'], env);
    stopServer = await serveOn(port, env);
    await mkdir(screenshots, { recursive: true });
    browser = await launchChromium();
    const o = await openJourneyPage(browser, pageErrors);
    const c = await openJourneyPage(browser, pageErrors);
    contexts.push(o.context, c.context);
    office = o.page;
    county = c.page;
  }, 300_000);

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail' || !current) return;
    await current
      .screenshot({ path: join(screenshots, 'failed-assessment.png'), fullPage: true })
      .catch(() => undefined);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await stopServer?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the office computes the draft of the year: seven counties ranked, each score with its why', async () => {
    current = office;
    await logIn(office, url, '/assessment', 'demo-office');
    await office.getByText('还没有您可以查看的考核结果。').waitFor();
    // The year offered is the last year with data (the demo data end in YEAR), not simply last year.
    await expect.poll(() => office.getByLabel('考核年度').inputValue(), { timeout: 20_000 }).toBe(String(YEAR));
    await office.getByLabel('考核年度').fill(String(YEAR));
    await office.getByRole('button', { name: '计算考核（草稿）' }).click();
    await expect.poll(() => status(office), { timeout: 30_000 }).toBe('草稿');
    await office.getByText(`${YEAR}年县（市、区）考核 · 第1版`).waitFor();
    const rows = office.getByTestId('assessment-ranking').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(7);
    const ranking = (await office.getByTestId('assessment-ranking').textContent()) ?? '';
    for (const name of ['南湖区', '秀洲区', '嘉善县', '平湖市', '海盐县', '海宁市', '桐乡市']) {
      expect(ranking).toContain(name);
    }
    // The ranks shown are the API's; the first row is rank 1.
    expect(await rows.first().locator('td').nth(1).textContent()).toBe('1');
    // The why of every score of the first county: the actual and where it came from.
    await rows.first().locator('.ant-table-row-expand-icon').click();
    const why = office.locator('.ant-table-expanded-row').first();
    await why.locator('.ant-list-item').first().waitFor();
    expect(await why.locator('.ant-list-item').count()).toBeGreaterThanOrEqual(4);
    expect((await why.textContent()) ?? '').toMatch(/\d/);
    await office.getByText('暂无异议。').waitFor();
    await shot(office, 'assessment-1-draft.png');
  });

  it('puts the draft on notice for one day; publishing waits for the window', async () => {
    current = office;
    await office.getByLabel('天').fill('1');
    await office.getByRole('button', { name: '进入公示' }).click();
    await expect.poll(() => status(office)).toBe('公示中');
    await office.getByText('公示中，可提出异议').waitFor();
    await office.getByText('公示期尚未结束').waitFor();
    expect(await office.getByRole('button', { name: /^发\s?布$/ }).isDisabled()).toBe(true);
    await shot(office, 'assessment-2-on-notice.png');
  });

  it('南湖区 objects to its focus-industry score during the window', async () => {
    current = county;
    await logIn(county, url, '/assessment', `demo-${COUNTY}`);
    await expect.poll(() => status(county), { timeout: 20_000 }).toBe('公示中');
    // The county sees the notice, not a draft button nor the publish button.
    expect(await county.getByRole('button', { name: '计算考核（草稿）' }).count()).toBe(0);
    expect(await county.getByRole('button', { name: /^发\s?布$/ }).count()).toBe(0);
    await county.getByTestId('objection-criterion').click();
    await county.locator('.ant-select-item-option', { hasText: '重点发展产业产值增长率' }).click();
    await county.getByPlaceholder('异议理由').fill('本区重点产业已调整为新能源，请按新的重点产业计算。');
    await county.getByRole('button', { name: '提出异议' }).click();
    await county.getByText('异议已提交').waitFor();
    await county.getByText('本区重点产业已调整为新能源，请按新的重点产业计算。').waitFor();
    await county.getByText('待答复').waitFor();
    await shot(county, 'assessment-3-objection.png');
  });

  it('the office answers the objection; still not publishable while the window is open', async () => {
    current = office;
    await office.reload();
    await office.getByText('本区重点产业已调整为新能源，请按新的重点产业计算。').waitFor();
    await office
      .getByPlaceholder('答复')
      .fill('已核实：本年度按公示时的重点产业计分，调整后的重点产业自下一版本起计算。');
    await office.getByRole('button', { name: '提交答复' }).click();
    await office.getByText(/^答复：已核实/).waitFor();
    await office.getByText('公示期尚未结束').waitFor();
    expect(await office.getByText('尚有异议未答复').count()).toBe(0);
    await shot(office, 'assessment-4-answered.png');
  });

  it('after the window the office publishes; the county reads the published result and the answer', async () => {
    current = office;
    await clockAhead(2);
    await office.reload();
    await expect.poll(() => status(office), { timeout: 20_000 }).toBe('公示中');
    // The window has ended: no open-window tag, no blocker, the button is enabled.
    expect(await office.getByText('公示中，可提出异议').count()).toBe(0);
    const publish = office.getByRole('button', { name: /^发\s?布$/ });
    await expect.poll(() => publish.isEnabled()).toBe(true);
    await publish.click();
    await expect.poll(() => status(office)).toBe('已发布');
    await shot(office, 'assessment-5-published.png');

    current = county;
    await county.reload();
    await expect.poll(() => status(county), { timeout: 20_000 }).toBe('已发布');
    await county.getByText(/^答复：已核实/).waitFor();
    // The window is over: no objection form.
    expect(await county.getByRole('button', { name: '提出异议' }).count()).toBe(0);
    await shot(county, 'assessment-6-county-published.png');
  });

  it('a new version with new data: published again, the page shows it and the differences from version 1', async () => {
    current = office;
    // 南湖区 states new energy as its focus industry (the office may do it for the county).
    await apiAs(office, url, 'PUT', `/api/v1/counties/${COUNTY}/focus-industries`, {
      industryCodes: ['new-energy'],
      note: 'e2e：区里调整重点产业',
    });
    // After the reloads the year offered is the year of the run shown.
    expect(await office.getByLabel('考核年度').inputValue()).toBe(String(YEAR));
    await office.getByRole('button', { name: '计算考核（草稿）' }).click();
    await office.getByText(`${YEAR}年县（市、区）考核 · 第2版`).waitFor({ timeout: 30_000 });
    await expect.poll(() => status(office)).toBe('草稿');
    await office.getByLabel('天').fill('1');
    await office.getByRole('button', { name: '进入公示' }).click();
    await expect.poll(() => status(office)).toBe('公示中');
    await clockAhead(4);
    await office.reload();
    await expect.poll(() => status(office), { timeout: 20_000 }).toBe('公示中');
    const publish = office.getByRole('button', { name: /^发\s?布$/ });
    await expect.poll(() => publish.isEnabled()).toBe(true);
    await publish.click();
    await expect.poll(() => status(office)).toBe('已发布');

    await office.getByText('版本差异：第1版 → 第2版').waitFor();
    const diff = office.getByTestId('assessment-diff');
    await expect.poll(() => diff.locator('tbody tr.ant-table-row').count(), { timeout: 20_000 }).toBe(7);
    const nanhu = diff.locator('tbody tr.ant-table-row', { hasText: '南湖区' });
    // The focus-industry actual of 南湖区 changed (new energy instead of the IoT default); others are unchanged.
    expect((await nanhu.textContent()) ?? '').toMatch(/重点发展产业产值增长率 -?\d+\.\d{2}% → -?\d+\.\d{2}%/);
    // The change shown is the difference of the totals shown.
    const totals = /(\d+\.\d{2}) → (\d+\.\d{2}) \(([+-]?\d+\.\d{2})\)/.exec((await nanhu.textContent()) ?? '');
    expect(totals).not.toBeNull();
    const [, before, after, change] = totals ?? [];
    expect(Number(change)).toBeCloseTo(Number(after) - Number(before), 9);
    expect(Number(change)).not.toBe(0);
    expect((await diff.locator('tbody tr.ant-table-row', { hasText: '海宁市' }).textContent()) ?? '').toContain(
      '无变化',
    );
    // The versions: 2 published, 1 superseded.
    await office.getByTestId('assessment-version').click();
    await office
      .locator('.ant-select-item-option', { hasText: '第1版' })
      .getByText(/已被新版本取代/)
      .waitFor();
    await office.keyboard.press('Escape');
    await shot(office, 'assessment-7-version-2-diff.png');
  });

  it('raised no errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
