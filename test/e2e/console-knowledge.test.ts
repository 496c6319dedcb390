// The console's sign-in and the knowledge-base editor in a browser: a wrong token is refused in plain Chinese, an
// admin writes a new policy and revises it (versions kept), a frontline agent can read but not edit.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../admin-fixtures.ts';
import {
  hasChromium,
  launchBrowser,
  phone,
  type ServedDesk,
  screenshotDir,
  serveDesk,
  skipReason,
  wait,
} from './e2e-harness.ts';

describe.skipIf(!hasChromium)(`console sign-in and knowledge editor${skipReason}`, () => {
  let desk: ServedDesk;
  let browser: Browser;

  beforeAll(async () => {
    desk = await serveDesk();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await desk?.close();
  });

  async function signIn(token: string, path = '/console'): Promise<Page> {
    const context = await browser.newContext({ viewport: phone, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    await page.goto(`${desk.baseUrl}${path}`);
    await page.getByLabel('令牌').fill(token);
    await page.getByRole('button', { name: '登录' }).click();
    return page;
  }

  it('refuses a wrong token with a readable message', async () => {
    const page = await signIn('qt_not-a-real-token');
    await page.getByRole('alert').getByText('令牌不正确，或账号已停用。').waitFor(wait);
    await page.screenshot({ path: `${screenshotDir}console-sign-in-phone.png` });
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.context().close();
  });

  it('lets an admin create a policy, save a new version and see the old one', async () => {
    const page = await signIn(adminToken);
    await page.getByText('实时更新中').waitFor({ ...wait, state: 'attached' });
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '知识库' }).click();
    await page.getByRole('link', { name: '＋ 新建政策' }).click();
    await page.getByLabel('标题').fill('以旧换新活动规则');
    await page.getByLabel('类别').fill('以旧换新');
    await page.getByLabel('生效日期').fill('2026-12-01');
    await page.getByLabel('正文').fill('# 以旧换新\n\n旧电饭煲折价 50 元，抵扣新机货款。');
    await page.getByRole('button', { name: '创建' }).click();
    await page.getByRole('heading', { name: '以旧换新活动规则（第 1 版）' }).waitFor(wait);

    const listed = await desk.admin.get('/knowledge', adminToken);
    const created = listed.body.items.find((d: { title: string }) => d.title === '以旧换新活动规则');
    expect(created).toMatchObject({ category: '以旧换新', effective: '2026-12-01', version: 1 });
    expect(created.body).toContain('折价 50 元');

    await page.getByLabel('正文').fill('# 以旧换新\n\n旧电饭煲折价 80 元，抵扣新机货款。');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByRole('heading', { name: '以旧换新活动规则（第 2 版）' }).waitFor(wait);
    await page.getByText('历史版本（2）').click();
    await page.getByText(/^第 1 版 ·/).waitFor(wait);
    const saved = await desk.admin.get(`/knowledge/${created.id}`, adminToken);
    expect(saved.body.body).toContain('折价 80 元');
    expect(saved.body.versions).toHaveLength(2);
    await page.screenshot({ path: `${screenshotDir}console-knowledge-phone.png`, fullPage: true });

    // Back on the list, the policy shows its new version.
    await page.getByRole('link', { name: '← 返回列表' }).click();
    await page.locator('.kb-list li', { hasText: '以旧换新活动规则' }).getByText('第 2 版').waitFor(wait);

    // Deleting takes two clicks: the first one asks.
    await page.getByRole('link', { name: '以旧换新活动规则' }).click();
    await page.getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: '确认删除？再点一次' }).click();
    await page.getByText('已删除，机器人不再引用这篇政策').waitFor(wait);
    await expect.poll(() => page.locator('.kb-list li', { hasText: '以旧换新活动规则' }).count(), wait).toBe(0);
    expect((await desk.admin.get(`/knowledge/${created.id}`, adminToken)).status).toBe(404);
    await page.context().close();
  });

  it('shows policies read-only to a frontline agent', async () => {
    const frontline = await desk.addAgent('frontline', '王一线');
    const page = await signIn(frontline.token);
    await page.getByText('王一线（一线客服）').waitFor(wait);
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '知识库' }).click();
    await page.getByText('只有管理员可以修改政策。').waitFor(wait);
    await page.locator('.kb-list a').first().click();
    await page.getByLabel('标题').waitFor(wait);
    expect(await page.getByLabel('标题').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: '保存为新版本' }).count()).toBe(0);
    await page.context().close();
  });
});
