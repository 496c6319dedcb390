// Shared set-up for the browser tests: the real app on 127.0.0.1 with a free port, Debian's Chromium driven by
// playwright-core, and where screenshots go.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createAdminDesk } from '../admin-fixtures.ts';

export const chromiumPath = '/usr/bin/chromium';
/** CI installs Chromium (apt-get install chromium fonts-noto-cjk); without it the browser suites are skipped. */
export const hasChromium = existsSync(chromiumPath);
export const skipReason = hasChromium
  ? ''
  : ` [SKIPPED: ${chromiumPath} is missing; install it with apt-get install -y chromium fonts-noto-cjk]`;
if (!hasChromium)
  console.warn(`browser tests skipped: ${chromiumPath} is missing (apt-get install -y chromium fonts-noto-cjk)`);

/** A phone-sized window, the narrowest the pages promise to work at. */
export const phone = { width: 360, height: 740 };
export const laptop = { width: 1280, height: 800 };

/** Where the tests leave screenshots for people to look at (git-ignored). */
export const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Bounded waits: generous for a slow CI machine, short enough to fail clearly. */
export const wait = { timeout: 10_000 };

/** Starts Chromium headless with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A whole desk (with the bootstrap admin) served over real HTTP on 127.0.0.1 at a free port. */
export async function serveDesk() {
  const desk = await createAdminDesk();
  const { server, port } = await new Promise<{ server: Server; port: number }>((resolve) => {
    const started = serve({ fetch: desk.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ server: started as Server, port: info.port }),
    );
  });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    ...desk,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      // Live streams never end on their own: cut them, then stop listening.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await desk.dispose();
    },
  };
}

export type ServedDesk = Awaited<ReturnType<typeof serveDesk>>;

/** The web chat's messages as drawn: each item's key (server id or local id) and text. */
export async function chatItems(page: Page): Promise<{ key: string; text: string }[]> {
  return page.locator('#messages > li').evaluateAll((items) =>
    items.map((li) => ({
      key: li.getAttribute('data-key') ?? '',
      text: li.querySelector('.bubble')?.textContent?.replace(/^\S+说：/, '') ?? '',
    })),
  );
}

/** Types a message in the web chat and sends it with Enter. */
export async function say(page: Page, text: string): Promise<void> {
  await page.getByLabel('输入消息').fill(text);
  await page.getByLabel('输入消息').press('Enter');
}

/** Waits until the web chat shows a message containing `text`. */
export async function waitForChatText(page: Page, text: string): Promise<void> {
  await page.locator('#messages .bubble', { hasText: text }).first().waitFor(wait);
}

/** Waits until the desk has answered the customer's message `text` (some message follows it). */
export async function waitForAnswerTo(page: Page, text: string): Promise<void> {
  await page
    .locator('#messages > li.from-customer', { hasText: text })
    .last()
    .locator('xpath=following-sibling::li[not(contains(@class, "from-customer"))]')
    .first()
    .waitFor(wait);
}
