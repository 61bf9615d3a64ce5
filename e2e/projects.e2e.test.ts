import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openJourneyPage } from './browser.js';
import { repoRoot, startServer, type RunningServer } from './server.js';

const screenshots = join(repoRoot, 'e2e/screenshots');
const COUNTIES = ['330402', '330411', '330421', '330424', '330481', '330482', '330483'];
const INDUSTRIES = ['new-energy', 'new-materials', 'iot', 'energy-saving', 'bio'];
const STAGES = ['signed', 'started', 'completed', 'producing'] as const;

describe('major projects: the list, a project page and the funnel', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  let cookie = '';
  let csrf = '';
  let firstId = 0;
  let secondMeeting = 0;

  const api = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.url}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  const shot = async (name: string) => {
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(screenshots, name), fullPage: true, animations: 'disabled' });
  };

  beforeAll(async () => {
    server = await startServer();
    await mkdir(screenshots, { recursive: true });
    const login = await fetch(`${server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(server.admin),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    csrf = ((await login.json()) as { csrfToken: string }).csrfToken;

    // Twelve projects of the 2013 list, in every state: on time, late to start, slow investment, producing.
    for (let i = 0; i < 12; i += 1) {
      const listedOn = i === 11 ? '2013-07-01' : '2013-01-01';
      const project = await api<{ id: number }>('POST', '/api/v1/projects', {
        code: `2013-${String(i + 1).padStart(3, '0')}`,
        name: `高性能${['聚碳酸酯', '晶硅电池', '传感器', '节能电机', '生物医药', '碳纤维'][i % 6]}${i + 1}期项目`,
        investorName: `嘉兴${['华东', '禾城', '浙北'][i % 3]}新材料有限公司`,
        regionCode: COUNTIES[i % COUNTIES.length],
        industryCode: INDUSTRIES[i % INDUSTRIES.length],
        totalInvestment: (3 + i) * 100_000_000,
        listYear: 2013,
        listedOn,
        demonstration: i % 4 === 0,
        plannedSignOn: '2013-01-15',
        plannedStartOn: `2013-${String(3 + (i % 6)).padStart(2, '0')}-15`,
        plannedCompletionOn: '2014-06-30',
        plannedProductionOn: '2014-09-30',
        countyOfficer: '王建国',
        cityLiaison: '市经信委 沈科长',
        investmentPlans: [{ year: 2013, plannedInvestment: (1 + (i % 4)) * 120_000_000 }],
      });
      if (i === 0) firstId = project.id;
      const reached = i < 3 ? 4 : i < 8 ? 2 : 1; // producing / started / signed
      for (let s = 0; s < reached; s += 1) {
        const occurredOn = [
          '2013-01-20',
          `2013-${String(3 + (i % 6)).padStart(2, '0')}-20`,
          '2013-09-30',
          '2013-11-15',
        ][s];
        await api('POST', `/api/v1/projects/${project.id}/stage-events`, { stage: STAGES[s], occurredOn });
      }
      if (i === 0) {
        // A corrected start date: the first record stays in the history, struck through.
        await api('POST', `/api/v1/projects/${project.id}/stage-events`, {
          stage: 'started',
          occurredOn: '2013-03-12',
          note: '据施工许可证更正开工日期',
        });
      }
      const pace = i < 3 ? 1.1 : i < 8 ? 0.8 : 0.3;
      for (let m = Number(listedOn.slice(5, 7)); m <= 12; m += 1) {
        await api('PUT', `/api/v1/projects/${project.id}/progress/2013-${String(m).padStart(2, '0')}`, {
          investment:
            Math.round(((1 + (i % 4)) * 10_000_000 * pace * (0.7 + ((m * 7 + i) % 6) / 10)) / 10_000) * 10_000,
          imageNote: m < 4 ? '场地平整' : m < 9 ? '主体施工' : '设备安装',
        });
      }
    }
    const problem = await api<{ id: number }>('POST', '/api/v1/coordination-problems', {
      title: '用地指标不足',
      projectId: firstId,
      department: '市国土资源局',
      dueOn: '2013-05-31',
      raisedOn: '2013-03-01',
    });
    await api('POST', '/api/v1/coordination-meetings', {
      heldOn: '2013-03-20',
      title: '2013年第一季度重大项目协调会',
      attendees: '市经信委、市国土资源局',
      problems: [{ problemId: problem.id, followUp: '5月底前落实用地指标' }],
    });
    secondMeeting = (
      await api<{ id: number }>('POST', '/api/v1/coordination-meetings', {
        heldOn: '2013-06-20',
        title: '2013年第二季度重大项目协调会',
        attendees: '市经信委',
      })
    ).id;
    for (const [company, kind, stage] of [
      ['某世界500强化工集团', 'fortune500', 'negotiating'],
      ['某央企新能源集团', 'central_soe', 'contact'],
      ['某大学先进材料研究院', 'research_institute', 'signed'],
    ] as const) {
      await api('POST', '/api/v1/project-leads', {
        targetCompany: company,
        kind,
        stage,
        industryCode: 'new-materials',
        regionCode: '330402',
        owner: '李敏',
        nextStep: '赴总部洽谈',
      });
    }

    browser = await launchChromium();
    ({ context, page } = await openJourneyPage(browser, pageErrors));
    await context.addCookies([
      { name: cookie.split('=')[0] ?? '', value: cookie.split('=').slice(1).join('='), url: server.url },
    ]);
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await page.screenshot({ path: join(screenshots, 'failed-projects.png'), fullPage: true }).catch(() => undefined);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the year’s list with stage colours and marks', async () => {
    await page.goto(`${server.url}/projects/list?year=2013&month=12`);
    const table = page.getByTestId('projects-table');
    await table.getByText('高性能聚碳酸酯1期项目').waitFor();
    await expect(table.locator('tbody tr.ant-table-row').count()).resolves.toBe(12);
    await page.getByTestId('project-summary').getByText('开工率').waitFor();
    await table.getByTestId('flag-red').first().waitFor();
    await shot('projects-list-zh.png');
  });

  it('shows a project with its timeline and progress chart', async () => {
    await page.goto(`${server.url}/projects/${firstId}`);
    await page.getByTestId('stage-timeline').getByText('据施工许可证更正开工日期').waitFor();
    await page.getByTestId('progress-chart').locator('svg').waitFor();
    await shot('project-page-zh.png');
  });

  it('shows the funnel with lead times', async () => {
    await page.goto(`${server.url}/projects/funnel?year=2013`);
    await page.getByTestId('funnel-chart').locator('svg').waitFor();
    await page.getByText('签约到开工（中位数）').waitFor();
    await shot('projects-funnel-zh.png');
  });

  it('shows the leads board and the next meeting checking the previous follow-ups', async () => {
    await page.goto(`${server.url}/projects/leads`);
    await page.getByTestId('leads-board').getByText('某世界500强化工集团').waitFor();
    await shot('projects-leads-zh.png');
    await page.goto(`${server.url}/projects/meetings/${secondMeeting}`);
    await page.getByTestId('previous-follow-ups').getByText('逾期未办结').waitFor();
    await shot('projects-meeting-zh.png');
    expect(pageErrors).toEqual([]);
  });
});
