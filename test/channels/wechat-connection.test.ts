// The WeChat connection's life: the login QR code, a puppet that fails to start (retried with back-off), a puppet
// that is not installed (not retried), and stopping; all seen through the status the console shows.

import { afterEach, describe, expect, it } from 'vitest';
import * as types from 'wechaty-puppet/types';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import type { ChannelStatus } from '../../src/channels/channel-status.ts';
import { createWechatChannel } from '../../src/channels/wechat/wechat-channel.ts';
import { silentLogger } from '../../src/log.ts';
import { waitFor } from '../wait-for.ts';

/** A puppet whose first `failures` starts fail, as a puppet service that is down would. */
class FlakyPuppet extends PuppetMock {
  constructor(
    mocker: mock.Mocker,
    public failures: number,
  ) {
    super({ mocker });
  }
  override async onStart() {
    if (this.failures-- > 0) throw new Error('puppet service unreachable');
    return super.onStart();
  }
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

function open(
  puppet: PuppetMock | string,
  extra: {
    print?: (text: string) => void;
    reconnect?: { baseMs: number; capMs: number };
    connectTimeoutMs?: number;
  } = {},
) {
  const statuses: ChannelStatus[] = [];
  const channel = createWechatChannel({
    puppet,
    groups: [],
    log: silentLogger,
    reconnect: { baseMs: 40, capMs: 60 },
    sendWaitMs: 100,
    onStatus: (s) => statuses.push(s),
    ...extra,
  });
  stops.push(() => channel.stop());
  return { channel, statuses };
}

describe('the login QR code', () => {
  it('is printed for the terminal and shown in the status until the account logs in', async () => {
    const mocker = new mock.Mocker();
    const printed: string[] = [];
    const { channel } = open(new PuppetMock({ mocker }), { print: (t) => printed.push(t) });
    await channel.start(async () => {});
    mocker.scan('https://login.weixin.qq.com/l/Ab12Cd34==', types.ScanStatus.Waiting);
    await waitFor('the scan state', () => channel.status().state === 'scan');
    expect(channel.status()).toMatchObject({
      qrcode: 'https://login.weixin.qq.com/l/Ab12Cd34==',
      qrcodeImage: expect.stringMatching(/^data:image\/png;base64,/),
    });
    // A text QR code: block characters, and not the credential sent to an online QR service.
    expect(printed.join('\n')).toMatch(/[▀▄█]{10}/);
    expect(printed.join('\n')).not.toContain('wechaty.js.org');

    mocker.scan('', types.ScanStatus.Scanned);
    mocker.login(mocker.createContact({ name: '小满电器客服' }));
    await waitFor('the login', () => channel.status().state === 'logged_in');
    expect(channel.status()).toMatchObject({ user: '小满电器客服', qrcode: null, qrcodeImage: null });
    expect(printed.join('\n')).toMatch(/已扫码[\s\S]*已登录.*小满电器客服/);
  });
});

describe('a puppet that fails to start', () => {
  // Slow: Wechaty gives a failing puppet 5 s before its start() returns.
  it('is retried with a growing, capped wait, then logs in', { timeout: 40_000 }, async () => {
    const mocker = new mock.Mocker();
    const { channel, statuses } = open(new FlakyPuppet(mocker, 2));
    await channel.start(async () => {});
    await waitFor('a second retry', () => statuses.some((s) => s.reconnectAttempts === 2 && s.state === 'starting'));
    mocker.login(mocker.createContact({ name: 'bot' }));
    await waitFor('the login', () => channel.status().state === 'logged_in');

    const retries = statuses.filter((s) => s.nextRetryAt);
    expect(retries.map((s) => s.reconnectAttempts)).toEqual([1, 2]);
    expect(retries.map((s) => Date.parse(s.nextRetryAt!) - Date.parse(s.since))).toEqual([
      expect.closeTo(40, -1),
      expect.closeTo(60, -1),
    ]);
    expect(retries[0]?.lastError?.message).toMatch(/unreachable/);
    expect(channel.status()).toMatchObject({ state: 'logged_in', reconnectAttempts: 0 });
  });
});

describe('a puppet that starts but never reaches WeChat', () => {
  it('is restarted after the connect timeout, with the reason in the status', async () => {
    const mocker = new mock.Mocker();
    const { channel, statuses } = open(new PuppetMock({ mocker }), { connectTimeoutMs: 100 });
    await channel.start(async () => {});
    await waitFor('a restart', () => statuses.some((s) => s.nextRetryAt));
    expect(statuses.find((s) => s.nextRetryAt)).toMatchObject({
      state: 'disconnected',
      reconnectAttempts: 1,
      lastError: { message: expect.stringMatching(/not connected in time/) },
    });
    await waitFor('starting again', () => channel.status().state === 'starting');
    mocker.login(mocker.createContact({ name: 'bot' }));
    await waitFor('the login', () => channel.status().state === 'logged_in');
  });
});

describe('a puppet that cannot be loaded', () => {
  it.each([
    ['wechaty-puppet-not-installed-here', /wechaty-puppet-not-installed-here/],
    ['padlocal', /not a Wechaty puppet package name/],
  ])('%s: disconnected with the reason, and not retried', async (name, reason) => {
    const { channel, statuses } = open(name);
    await channel.start(async () => {});
    expect(channel.status()).toMatchObject({ state: 'disconnected', provider: name, nextRetryAt: null });
    expect(channel.status().lastError?.message).toMatch(reason);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(statuses.at(-1)?.state).toBe('disconnected');
    await expect(channel.send('wxid_a', { type: 'text', text: '在吗', author: 'agent' })).rejects.toThrow();
  });
});

describe('stopping', () => {
  it('turns the channel off and ends the retries', async () => {
    const mocker = new mock.Mocker();
    const puppet = new PuppetMock({ mocker });
    const { channel, statuses } = open(puppet, { reconnect: { baseMs: 100, capMs: 100 } });
    await channel.start(async () => {});
    mocker.login(mocker.createContact({ name: 'bot' }));
    await waitFor('the login', () => channel.status().state === 'logged_in');
    await puppet.logout('被踢下线');
    await waitFor('a retry', () => statuses.some((s) => s.nextRetryAt));
    await channel.stop();
    const count = statuses.length;
    expect(channel.status()).toMatchObject({ state: 'off', nextRetryAt: null });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(statuses).toHaveLength(count);
  });
});
