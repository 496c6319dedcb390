// The whole desk in a browser: a customer in the web chat asks for a human; an agent in the console sees the
// complaint arrive live, claims it, replies, reads the answer, adds a private note and closes it; the customer sees
// every agent message live and the survey invitation at the end.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chatItems,
  hasChromium,
  laptop,
  launchBrowser,
  phone,
  type ServedDesk,
  say,
  screenshotDir,
  serveDesk,
  skipReason,
  wait,
  waitForChatText,
} from './e2e-harness.ts';

describe.skipIf(!hasChromium)(`web chat and agent console together${skipReason}`, () => {
  let desk: ServedDesk;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    desk = await serveDesk();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await desk?.close();
  });

  async function openPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    contexts.push(context);
    return context.newPage();
  }

  it('carries a complaint from the web chat through the console to closing, live on both sides', async () => {
    const agentAccount = await desk.addAgent('frontline', '李一线');

    // The agent signs in first and watches the queue.
    const agent = await openPage(laptop);
    await agent.goto(`${desk.baseUrl}/console`);
    await agent.getByLabel('令牌').fill(agentAccount.token);
    await agent.getByRole('button', { name: '登录' }).click();
    await agent.getByText('李一线（一线客服）').waitFor(wait);
    await agent.getByText('实时更新中').waitFor(wait);
    const frontline = agent.locator('#queue-frontline');
    await frontline.getByText('暂无').waitFor(wait);
    // A frontline agent may not open the specialist queue: the API's refusal is shown in Chinese.
    await agent.locator('#queue-specialist').getByText('一线客服只能查看一线队列').waitFor(wait);

    // The customer describes the problem and asks for a human.
    const customer = await openPage(phone);
    await customer.goto(`${desk.baseUrl}/`);
    await waitForChatText(customer, '智能客服助手');
    await say(customer, '我上周买的电饭煲用了两天就不加热了');
    await waitForChatText(customer, '希望得到什么样的解决');
    await say(customer, '转人工');
    await waitForChatText(customer, '已转给一线客服');
    const code = (await customer.locator('#complaint-code').textContent()) ?? '';
    expect(code).toMatch(/^TS-\d{8}-\d{4}$/);
    await expect.poll(() => customer.locator('#complaint-status').textContent(), wait).toBe('已初步评估');

    // It appears in the agent's queue without a reload.
    const card = frontline.locator('a.case-card', { hasText: code });
    await card.waitFor(wait);
    expect(await card.textContent()).toContain('严重程度：高');
    expect(await card.textContent()).toContain('已等待');
    await agent.screenshot({ path: `${screenshotDir}console-queues-laptop.png` });
    await card.click();
    await agent.getByRole('heading', { name: `投诉 ${code}` }).waitFor(wait);
    await agent.getByText('顾客要求人工服务').first().waitFor(wait);

    await agent.getByRole('button', { name: '认领投诉' }).click();
    await agent.getByText('处理人：我（李一线）').waitFor(wait);
    await agent.getByLabel('回复顾客或写内部备注').fill('您好，我是客服小李，电饭煲的问题我来跟进。方便留个电话吗？');
    await agent.getByRole('button', { name: '发送给顾客' }).click();
    await agent.locator('.transcript .from-agent', { hasText: '我是客服小李' }).waitFor(wait);

    // The customer sees the reply arrive on the live stream, marked as a human's.
    await waitForChatText(customer, '我是客服小李');
    await customer.locator('.message.from-agent .message-author', { hasText: '人工客服' }).first().waitFor(wait);

    await say(customer, '好的，电话13800138000，希望能换一台新的');
    await agent.locator('.transcript .from-customer', { hasText: '希望能换一台新的' }).waitFor(wait);

    // A private note stays in the console.
    await agent.getByLabel('回复顾客或写内部备注').fill('顾客同意换新，已核对订单');
    await agent.getByRole('button', { name: '添加内部备注' }).click();
    await agent.locator('.transcript .from-note', { hasText: '顾客同意换新' }).waitFor(wait);

    // What the agent sees on a phone: the case at the top, and the actions further down.
    await agent.setViewportSize(phone);
    await agent.evaluate(() => window.scrollTo(0, 0));
    await agent.screenshot({ path: `${screenshotDir}console-complaint-phone.png` });
    await agent.locator('summary', { hasText: '提出处理方案' }).click();
    await agent.locator('.manage').scrollIntoViewIfNeeded();
    await agent.screenshot({ path: `${screenshotDir}console-actions-phone.png` });
    await agent.locator('summary', { hasText: '提出处理方案' }).click();
    await agent.setViewportSize(laptop);

    await agent.locator('summary', { hasText: '结束投诉' }).click();
    await agent.getByLabel('已接受解决方案').check();
    await agent.getByLabel('备注（写入跟踪记录）').fill('换新一台，已安排发货');
    await agent.getByRole('button', { name: '结束投诉' }).click();
    await agent.locator('.case-badges', { hasText: '已结束' }).waitFor(wait);
    await agent.locator('.timeline', { hasText: '投诉终止' }).waitFor(wait);

    await waitForChatText(customer, '已处理完毕');
    await waitForChatText(customer, '请给这次处理打个分');
    const items = await chatItems(customer);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    expect(items.map((i) => i.text).join('\n')).not.toContain('顾客同意换新');
    expect(items.filter((i) => i.text.includes('我是客服小李'))).toHaveLength(1);

    await customer.screenshot({ path: `${screenshotDir}chat-phone.png` });
    await agent.screenshot({ path: `${screenshotDir}console-complaint-laptop.png` });
    await agent.setViewportSize(phone);

    // Another customer asks for a human while the agent looks at the queue on a phone.
    await agent.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '队列' }).click();
    await agent.locator('#queue-mine').getByText('暂无').waitFor(wait);
    const next = await desk.frontlineComplaint();
    await frontline.locator('a.case-card', { hasText: next.code }).waitFor(wait);
    await agent.screenshot({ path: `${screenshotDir}console-queues-phone.png`, fullPage: true });

    await agent.getByRole('button', { name: '退出登录' }).click();
    await agent.getByLabel('令牌').waitFor(wait);
    expect(await agent.evaluate(() => sessionStorage.length)).toBe(0);
  }, 60_000);
});
