// The customer's web chat on its own: large print, resuming after a reload, riding out a network drop without
// losing or repeating a message, and the widget a shop pastes into its own site.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../admin-fixtures.ts';
import {
  chatItems,
  hasChromium,
  launchBrowser,
  phone,
  type ServedDesk,
  say,
  screenshotDir,
  serveDesk,
  skipReason,
  wait,
  waitForAnswerTo,
  waitForChatText,
} from './e2e-harness.ts';

describe.skipIf(!hasChromium)(`web chat in a browser${skipReason}`, () => {
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

  async function openChat(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: phone, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    await page.goto(`${desk.baseUrl}/`);
    await waitForChatText(page, '智能客服助手');
    return { context, page };
  }

  const sessionOf = (page: Page) => page.evaluate(() => localStorage.getItem('qingting.chat.default.session') ?? '');

  it('switches to large text and remembers it across a reload', async () => {
    const { context, page } = await openChat();
    const toggle = page.getByRole('button', { name: '大字' });
    const bubbleSize = () =>
      page
        .locator('#messages .bubble')
        .first()
        .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const before = await bubbleSize();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const after = await bubbleSize();
    expect(after).toBeGreaterThanOrEqual(before * 1.2);
    await page.screenshot({ path: `${screenshotDir}chat-large-text-phone.png` });

    await page.reload();
    await waitForChatText(page, '智能客服助手');
    expect(await bubbleSize()).toBe(after);
    expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: '大字' }).click();
    expect(await bubbleSize()).toBe(before);
    await context.close();
  });

  it('restores the conversation after a reload, each message once', async () => {
    const { context, page } = await openChat();
    await say(page, '买的台灯收到就是坏的，开关按了没反应');
    await waitForAnswerTo(page, '开关按了没反应');
    await say(page, '想换一个新的');
    await waitForAnswerTo(page, '想换一个新的');
    await page.locator('#complaint-banner').waitFor(wait);
    await expect
      .poll(async () => (await chatItems(page)).filter((i) => i.text === '想换一个新的').length, wait)
      .toBe(1);
    await expect.poll(() => page.locator('#typing').isHidden(), wait).toBe(true);
    const session = await sessionOf(page);
    const before = await chatItems(page);
    const code = await page.locator('#complaint-code').textContent();

    await page.reload();
    await waitForChatText(page, '想换一个新的');
    await expect.poll(async () => (await chatItems(page)).length, wait).toBe(before.length);
    const after = await chatItems(page);
    expect(after.map((i) => i.text)).toEqual(before.map((i) => i.text));
    expect(after.every((i) => !i.key.startsWith('local:'))).toBe(true);
    expect(new Set(after.map((i) => i.key)).size).toBe(after.length);
    expect(await sessionOf(page)).toBe(session);
    expect(await page.locator('#complaint-code').textContent()).toBe(code);
    await context.close();
  });

  it('rides out a network drop: nothing lost, nothing repeated', async () => {
    const { context, page } = await openChat();
    await say(page, '转人工');
    await waitForChatText(page, '已转给一线客服');
    const code = (await page.locator('#complaint-code').textContent()) ?? '';
    expect((await desk.admin.post(`/complaints/${code}/claim`, adminToken)).status).toBe(200);
    // The agent's first words arrive live, and the status line follows the agent's work without a customer message.
    await desk.admin.post(`/complaints/${code}/messages`, adminToken, { text: '您好，我是客服小周，这就为您处理。' });
    await waitForChatText(page, '客服小周');
    await expect.poll(() => page.locator('#complaint-status').textContent(), wait).toBe('调查处理中');

    await context.setOffline(true);
    await page.locator('#connection', { hasText: '网络已断开' }).waitFor(wait);
    await say(page, '我的订单号是 SN20261128001');
    await page.locator('.message.is-retrying', { hasText: 'SN20261128001' }).waitFor(wait);
    // While the customer is offline, the agent answers: the live stream cannot deliver it.
    const reply = await desk.admin.post(`/complaints/${code}/messages`, adminToken, {
      text: '收到，我们马上核实订单。',
    });
    expect(reply.status).toBe(201);

    await context.setOffline(false);
    await waitForChatText(page, '我们马上核实订单');
    await expect.poll(() => page.locator('.message.is-retrying, .message.is-sending').count(), wait).toBe(0);
    await expect.poll(() => page.locator('#connection').isHidden(), wait).toBe(true);

    const items = await chatItems(page);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    expect(items.filter((i) => i.text.includes('SN20261128001'))).toHaveLength(1);
    expect(items.filter((i) => i.text.includes('我们马上核实订单'))).toHaveLength(1);
    const detail = await desk.admin.get(`/complaints/${code}`, adminToken);
    const inbound = detail.body.messages.filter((m: { text: string }) => m.text.includes('SN20261128001'));
    expect(inbound).toHaveLength(1);

    // A second agent message arrives live once the stream is back.
    await desk.admin.post(`/complaints/${code}/messages`, adminToken, { text: '订单已核实，给您换新。' });
    await waitForChatText(page, '给您换新');
    const final = await chatItems(page);
    expect(new Set(final.map((i) => i.key)).size).toBe(final.length);
    await context.close();
  });

  it('retries a message whose answer was lost with the same id, so the desk handles it once', async () => {
    const { context, page } = await openChat();
    let cut = 0;
    // The first send reaches the desk, but the connection drops before the answer comes back.
    await page.route('**/api/chat/sessions/*/messages', async (route) => {
      if (route.request().method() !== 'POST' || cut > 0) return route.continue();
      cut++;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await say(page, '收到的耳机左边没声音');
    await waitForAnswerTo(page, '左边没声音');
    await expect.poll(() => page.locator('.message.is-retrying, .message.is-sending').count(), wait).toBe(0);
    expect(cut).toBe(1);

    const items = await chatItems(page);
    expect(items.filter((i) => i.text === '收到的耳机左边没声音')).toHaveLength(1);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    const session = await sessionOf(page);
    const history = await desk.call('GET', `/api/chat/sessions/${session}/messages`);
    const texts: string[] = history.body.items.map((m: { text: string }) => m.text);
    expect(texts.filter((t) => t === '收到的耳机左边没声音')).toHaveLength(1);
    // The bot answered once: the browser shows exactly the replies the desk stored.
    await page.reload();
    await waitForChatText(page, '左边没声音');
    expect((await chatItems(page)).map((i) => i.text)).toEqual(texts);
    await context.close();
  });

  it('serves an embeddable widget that opens the chat in a frame', async () => {
    const context = await browser.newContext({ viewport: phone, locale: 'zh-CN' });
    const page = await context.newPage();
    const widget = await fetch(`${desk.baseUrl}/widget.js`);
    expect(widget.headers.get('content-type')).toContain('javascript');
    await page.setContent(
      `<!DOCTYPE html><html lang="zh-CN"><body><h1>小满电器官网</h1>
       <script src="${desk.baseUrl}/widget.js" data-shop="xiaoman" data-label="联系客服"></script></body></html>`,
    );
    const launcher = page.getByRole('button', { name: '联系客服' });
    await launcher.click();
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    const frame = page.frameLocator('iframe[title="联系客服"]');
    await frame.locator('#messages .bubble', { hasText: '智能客服助手' }).waitFor(wait);
    expect(await page.locator('iframe').getAttribute('src')).toBe(`${desk.baseUrl}/?embed=1&shop=xiaoman`);
    await page.screenshot({ path: `${screenshotDir}widget-phone.png` });
    await page.getByRole('button', { name: '关闭在线客服' }).click();
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });
});
