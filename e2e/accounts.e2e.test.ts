import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, openJourneyPage } from './browser.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../web/src/api/openapi.js';
import { repoRoot, startServer, type Credentials, type RunningServer } from './server.js';

type PlanOverview = components['schemas']['PlanOverview'];

const screenshots = join(repoRoot, 'e2e/screenshots');
const JIASHAN = '330421';
const NANHU = '330402';
const officer: Credentials & { displayName: string } = {
  login: 'jiashan01',
  password: 'Jx2011plan2026',
  displayName: '嘉善县经信局 王明',
};

/**
 * Answers this journey provokes on purpose, which Chromium logs as failed resource loads: the anonymous session
 * probe and a wrong password (401), a refused password change (400), another county's page (404), a login already
 * taken (409).
 */
const expectedFailure = /^console: Failed to load resource: the server responded with a status of (400|401|404|409) /;

describe('accounts journey: roles, county scope, audit trail', () => {
  let server: RunningServer;
  let browser: Browser;
  let plan: PlanOverview;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let adminPage: Page;
  let officerPage: Page;

  async function newPage(): Promise<Page> {
    // Without animations (the app honours the setting): a click never lands on a menu or dialog still opening.
    const { context, page } = await openJourneyPage(browser, pageErrors);
    contexts.push(context);
    return page;
  }

  /** Logs in through the form of the login page the browser is on. */
  async function logIn(page: Page, who: Credentials) {
    const form = page.getByTestId('login-page');
    await form.getByLabel('登录名').fill(who.login);
    await form.getByLabel('密码').fill(who.password);
    await form.getByRole('button', { name: /登\s?录/ }).click();
  }

  /** Chooses an option of a searchable Ant Design select by typing part of it and pressing Enter. */
  async function choose(page: Page, combobox: Locator, typed: string, shown: string) {
    await combobox.click();
    await combobox.fill(typed);
    await page.locator('.ant-select-item-option-active', { hasText: shown }).waitFor();
    await combobox.press('Enter');
  }

  /** Clicks an entry of the account menu in the header, and waits for what it opens. */
  async function fromAccountMenu(page: Page, entry: Locator, then: Locator) {
    await page.getByTestId('user-menu').click();
    await entry.click();
    await then.waitFor();
  }

  const industryName = (code: string) => plan.industries.find((i) => i.code === code)?.name.zh ?? code;
  // From the top of the page (the header is sticky) and with the mouse off the buttons it last clicked.
  const shot = async (page: Page, name: string, fullPage = true) => {
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshots, name), fullPage, animations: 'disabled' });
  };

  beforeAll(async () => {
    server = await startServer();
    plan = (await (await fetch(`${server.url}/api/v1/plan`)).json()) as PlanOverview;
    await mkdir(screenshots, { recursive: true });
    browser = await launchChromium();
    adminPage = await newPage();
    officerPage = await newPage();
  });

  // A failed step leaves a picture of every open page, to see what the browser showed.
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    const pages = contexts.flatMap((c) => c.pages());
    for (const [index, page] of pages.entries()) {
      await page.screenshot({ path: join(screenshots, `failed-${index}.png`) }).catch(() => undefined);
    }
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it("shows the server's message for a wrong password", async () => {
    await adminPage.goto(`${server.url}/login`);
    await logIn(adminPage, { login: server.admin.login, password: 'not-the-password-1' });
    await adminPage.getByTestId('login-error').getByText('登录名或密码错误 / wrong login or password').waitFor();
    // The form stays, the password is cleared for the next try.
    await expect(adminPage.getByTestId('login-page').getByLabel('密码').inputValue()).resolves.toBe('');
    await shot(adminPage, 'login-zh.png', false);
  });

  it('lets the admin log in and create a county officer for 嘉善县 on the users page', async () => {
    // A page that needs a login sends there first, then back.
    await adminPage.goto(`${server.url}/admin/users`);
    await adminPage.waitForURL(`${server.url}/login`);
    await adminPage.getByText('请先登录').waitFor();
    await logIn(adminPage, server.admin);
    await adminPage.waitForURL(`${server.url}/admin/users`);
    await adminPage.getByTestId('users-table').getByText(server.admin.login, { exact: true }).waitFor();

    const nav = adminPage.getByRole('navigation');
    await nav.getByText('县（市、区）', { exact: true }).waitFor();
    await nav.getByText('系统管理', { exact: true }).waitFor();
    await adminPage.getByTestId('user-menu').getByText('领导小组办公室管理员').waitFor();

    await adminPage.getByRole('button', { name: /新建用户/ }).click();
    const dialog = adminPage.getByRole('dialog');
    await dialog.getByLabel('登录名').fill(officer.login);
    await dialog.getByLabel('姓名').fill(officer.displayName);
    await dialog.getByLabel('初始密码').fill(officer.password);
    // The rules are shown and ticked off as the password is typed.
    await dialog.getByTestId('password-rules').getByText('至少10个字符').waitFor();
    expect(await dialog.getByTestId('password-rules').getByLabel('已满足').count()).toBe(3);
    // The first role row starts as a county role: choose the county.
    await choose(adminPage, dialog.getByRole('combobox', { name: '县（市、区）' }), '嘉善', '嘉善县 330421');
    await dialog.getByText('嘉善县 330421').filter({ visible: true }).waitFor();
    await shot(adminPage, 'user-form-zh.png', false);
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = adminPage.getByTestId('users-table').locator('tr', { hasText: officer.login });
    await row.getByText('县（市、区）经信部门 · 嘉善县').waitFor();
    await row.getByText(officer.displayName).waitFor();
    await row.getByText('正常').waitFor();
    await shot(adminPage, 'users-zh.png');

    // The API's messages appear under the field they name: the login is taken now.
    await adminPage.getByRole('button', { name: /新建用户/ }).click();
    const again = adminPage.getByRole('dialog');
    await again.getByLabel('登录名').fill(officer.login);
    await again.getByLabel('姓名').fill('重复的账户');
    await again.getByLabel('初始密码').fill('Another2026pass');
    await choose(adminPage, again.getByRole('combobox', { name: '县（市、区）' }), '海盐', '海盐县 330424');
    await again.getByRole('button', { name: /保\s?存/ }).click();
    await again.getByText(`"${officer.login}" is already taken`).waitFor();
    await again.getByRole('button', { name: /取\s?消/ }).click();
    await again.waitFor({ state: 'hidden' });

    // Editing: disable the account, then enable it again (the journey goes on with it).
    const toggleDisabled = async () => {
      await row.getByRole('button', { name: `编辑 ${officer.login}` }).click();
      const edit = adminPage.getByRole('dialog');
      await edit.getByText(`编辑用户 ${officer.login}`).waitFor();
      await edit.getByRole('switch', { name: '停用账户' }).click();
      await edit.getByRole('button', { name: /保\s?存/ }).click();
      await edit.waitFor({ state: 'hidden' });
    };
    await toggleDisabled();
    await row.getByText('已停用').waitFor();
    await toggleDisabled();
    await row.getByText('正常').waitFor();
  });

  it('shows the officer only 嘉善县, lets them change its focus industries, and hides other counties', async () => {
    await officerPage.goto(`${server.url}/`);
    await officerPage.getByRole('button', { name: /登\s?录/ }).click();
    await officerPage.waitForURL(`${server.url}/login`);
    await logIn(officerPage, officer);
    await officerPage.waitForURL(`${server.url}/`);
    await officerPage.getByTestId('user-menu').getByText(officer.displayName).waitFor();

    const nav = officerPage.getByRole('navigation');
    await nav.getByText('计划总览', { exact: true }).waitFor();
    expect(await nav.getByText('系统管理', { exact: true }).count()).toBe(0);
    await nav.getByRole('link', { name: '县（市、区）' }).click();
    await officerPage.waitForURL(`${server.url}/counties`);

    const table = officerPage.getByTestId('counties-table');
    await table.getByRole('link', { name: '嘉善县' }).waitFor();
    const rows = table.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    for (const other of ['南湖区', '秀洲区', '海盐县', '海宁市', '平湖市', '桐乡市']) {
      expect(await table.getByText(other).count(), other).toBe(0);
    }

    await table.getByRole('link', { name: '嘉善县' }).click();
    await officerPage.waitForURL(`${server.url}/counties/${JIASHAN}`);
    const focus = officerPage.getByTestId('county-focus');
    const before = plan.focusIndustries.find((f) => f.regionCode === JIASHAN);
    expect(before?.basis).toBe('default');
    await focus.getByText('默认值·可修改').waitFor();

    // Replace the default with two stated industries.
    await focus.getByRole('button', { name: /修改重点产业/ }).click();
    const form = officerPage.getByTestId('focus-form');
    for (const code of before?.industryCodes ?? []) {
      await form.getByRole('checkbox', { name: industryName(code) }).uncheck();
    }
    const chosen = ['new-materials', 'iot'];
    for (const code of chosen) await form.getByRole('checkbox', { name: industryName(code) }).check();
    // Two is the most: the others are disabled.
    await expect.poll(() => form.getByRole('checkbox', { name: industryName('bio') }).isDisabled()).toBe(true);
    await form.getByLabel('说明（可选）').fill('经县政府常务会议研究确定');
    await form.getByRole('button', { name: /保\s?存/ }).click();
    await form.waitFor({ state: 'hidden' });

    const current = officerPage.getByTestId('focus-current');
    for (const code of chosen) await current.getByText(industryName(code)).waitFor();
    await current.getByText('县定').waitFor();
    await current.getByText('经县政府常务会议研究确定').waitFor();

    // The history says who changed what, in industry names.
    const history = officerPage.getByTestId('county-history');
    const change = history.locator('tbody tr', { hasText: officer.displayName });
    await change.waitFor();
    for (const code of before?.industryCodes ?? []) await change.getByText(industryName(code)).first().waitFor();
    for (const code of chosen) await change.getByText(industryName(code)).first().waitFor();
    await change.getByText('默认值·可修改').waitFor();
    await shot(officerPage, 'county-zh.png');

    // Another county's page answers 404: not found, or not yours.
    await officerPage.goto(`${server.url}/counties/${NANHU}`);
    await officerPage.getByText('未找到该县（市、区）或无权查看').waitFor();
    expect(await officerPage.getByText('南湖区').count()).toBe(0);
    // The administration pages are not for a county officer.
    await officerPage.goto(`${server.url}/admin/users`);
    await officerPage.getByText('无权访问').waitFor();
  });

  it('shows the county page in English too', async () => {
    await officerPage.goto(`${server.url}/counties/${JIASHAN}`);
    await officerPage.getByRole('button', { name: /English/ }).click();
    await officerPage.getByRole('heading', { name: /Jiashan County/ }).waitFor();
    const current = officerPage.getByTestId('focus-current');
    await current.getByText('Set by the county').waitFor();
    for (const code of ['new-materials', 'iot']) {
      const name = plan.industries.find((i) => i.code === code)?.name.en ?? code;
      await current.getByText(name).waitFor();
    }
    await officerPage.getByTestId('county-history').getByRole('columnheader', { name: 'Changed by' }).waitFor();
    await shot(officerPage, 'county-en.png');
    await officerPage.goto(`${server.url}/counties/${NANHU}`);
    await officerPage.getByText('County not found, or not yours').waitFor();
    await officerPage.getByRole('button', { name: /中文/ }).click();
  });

  it('shows the admin the change in the audit log, filtered by entity type, with before and after', async () => {
    // The admin is on the users page: its section of the navigation is open.
    await adminPage.getByRole('navigation').getByRole('link', { name: '审计日志' }).click();
    await adminPage.waitForURL(`${server.url}/admin/audit`);

    const filters = adminPage.getByTestId('audit-filters');
    await choose(adminPage, filters.getByLabel('对象类型'), 'focus', 'focus_industries');
    await filters.getByRole('button', { name: /查\s?询/ }).click();
    await adminPage.waitForURL(/entityType=focus_industries/);

    const table = adminPage.getByTestId('audit-table');
    const rows = table.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    const row = rows.first();
    await row.getByText(officer.login).waitFor();
    await row.getByText(JIASHAN).waitFor();
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();

    const diff = table.getByTestId('audit-diff');
    const industries = diff.locator('tr', { hasText: 'industryCodes' });
    await industries.getByTestId('diff-before').getByText(industryName('new-energy')).waitFor();
    await industries
      .getByTestId('diff-after')
      .getByText(`${industryName('new-materials')}、${industryName('iot')}`)
      .waitFor();
    await industries.getByText('已修改').waitFor();
    const basis = diff.locator('tr', { hasText: 'basis' });
    await basis.getByTestId('diff-before').getByText('默认值·可修改').waitFor();
    await basis.getByTestId('diff-after').getByText('县定').waitFor();
    await shot(adminPage, 'audit-zh.png');
  });

  it('lets a person issue an API token, shown once, that works until it is revoked', async () => {
    await fromAccountMenu(
      adminPage,
      adminPage.getByRole('link', { name: '我的API令牌' }),
      adminPage.getByTestId('tokens-table'),
    );
    await adminPage.waitForURL(`${server.url}/account/tokens`);
    await adminPage.getByLabel('名称').fill('统计导入脚本');
    await adminPage.getByRole('button', { name: /创建令牌/ }).click();

    const secret = adminPage.getByTestId('token-secret');
    await secret.getByText('令牌只显示这一次').waitFor();
    const token = (await secret.locator('code').first().textContent()) ?? '';
    expect(token).toMatch(/^bz_/);
    await shot(adminPage, 'tokens-zh.png', false);
    await adminPage.getByRole('button', { name: '我已复制保存' }).click();
    await secret.waitFor({ state: 'hidden' });

    const asScript = () =>
      fetch(`${server.url}/api/v1/session`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    await expect(asScript()).resolves.toBe(200);
    const row = adminPage.getByTestId('tokens-table').locator('tr', { hasText: '统计导入脚本' });
    await row.getByText('有效').waitFor();
    // Shown once: the secret is not left in the page.
    await expect.poll(() => adminPage.getByText(token).count()).toBe(0);
    await row.getByRole('button', { name: /撤\s?销/ }).click();
    await adminPage
      .getByRole('tooltip')
      .getByRole('button', { name: /撤\s?销/ })
      .click();
    await row.getByText('已撤销').waitFor();
    await expect(asScript()).resolves.toBe(401);
  });

  it("changes a password, with the server's reasons under the fields", async () => {
    await fromAccountMenu(
      adminPage,
      adminPage.getByRole('link', { name: '修改密码' }),
      adminPage.getByTestId('password-form'),
    );
    await adminPage.waitForURL(`${server.url}/account/password`);
    const form = adminPage.getByTestId('password-form');
    const submit = () => form.getByRole('button', { name: /修改密码/ }).click();
    const fill = async (current: string, next: string) => {
      await form.getByLabel('当前密码').fill(current);
      await form.getByLabel('新密码', { exact: true }).fill(next);
      await form.getByLabel('确认新密码').fill(next);
    };

    await fill('not-the-password-1', 'Jiaxing2026plan');
    await submit();
    await form.getByText('当前密码不正确 / the current password is wrong').waitFor();
    // Follows the rules shown, but the server also refuses well-known passwords.
    await fill(server.admin.password, 'Password1234');
    await submit();
    await form.getByText(/密码过于常见/).waitFor();
    await fill(server.admin.password, 'Jiaxing2026plan');
    await submit();
    await adminPage.getByText('密码已修改，其他设备上的会话已结束。').waitFor();
    // This session goes on.
    await adminPage.getByRole('navigation').getByRole('link', { name: '审计日志' }).waitFor();
  });

  it('sends a person whose session ended to the login page, saying so, and back after logging in', async () => {
    // The officer is logged in twice; logging out everywhere in the second browser ends the first one's session.
    const second = await newPage();
    const logOutEverywhereElsewhere = async () => {
      // A light page (the overview's map may still be laying out when the menu is clicked).
      await second.goto(`${server.url}/counties`);
      await second.waitForURL(`${server.url}/login`);
      await logIn(second, officer);
      await second.waitForURL(`${server.url}/counties`);
      await second.getByTestId('counties-table').waitFor();
      const confirm = second.getByRole('dialog').getByRole('button', { name: '在所有设备上退出' });
      await fromAccountMenu(second, second.getByRole('menuitem', { name: '在所有设备上退出' }), confirm);
      await confirm.click();
      await second
        .getByRole('banner')
        .getByRole('button', { name: /登\s?录/ })
        .waitFor();
    };

    // A query refused with "session ended" sends to the login page, which says so.
    await logOutEverywhereElsewhere();
    await officerPage.getByRole('navigation').locator('a[href="/counties"]').click();
    await officerPage.waitForURL(`${server.url}/login`);
    await officerPage.getByTestId('session-ended').getByText('会话已结束，请重新登录').waitFor();
    await logIn(officerPage, officer);
    await officerPage.waitForURL(`${server.url}/counties`);
    await officerPage.getByTestId('counties-table').getByRole('link', { name: '嘉善县' }).waitFor();

    // So does opening a page afresh with an ended session.
    await logOutEverywhereElsewhere();
    await officerPage.goto(`${server.url}/counties/${JIASHAN}`);
    await officerPage.waitForURL(`${server.url}/login`);
    await officerPage.getByTestId('session-ended').waitFor();
    await logIn(officerPage, officer);
    await officerPage.waitForURL(`${server.url}/counties/${JIASHAN}`);
    await officerPage.getByTestId('county-focus').waitFor();

    // Logging out returns to the public overview, with the 登录 button back and the county workspace gone.
    await fromAccountMenu(
      officerPage,
      officerPage.getByRole('menuitem', { name: '退出登录' }),
      officerPage.getByRole('banner').getByRole('button', { name: /登\s?录/ }),
    );
    await officerPage.waitForURL(`${server.url}/`);
    await officerPage
      .getByRole('banner')
      .getByRole('button', { name: /登\s?录/ })
      .waitFor();
    await officerPage.getByTestId('plan-overview').waitFor();
    expect(officerPage.url()).toBe(`${server.url}/`);
    expect(await officerPage.getByRole('navigation').locator('a[href="/counties"]').count()).toBe(0);
  });

  it('raised no errors in the browser beyond the refusals it asked for', () => {
    expect(pageErrors.filter((e) => !expectedFailure.test(e))).toEqual([]);
  });
});
