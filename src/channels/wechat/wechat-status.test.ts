import { describe, expect, it } from 'vitest';
import type { ChannelStatus } from '../channel-status.ts';
import { initialWechatStatus, nextWechatStatus, type WechatStatusEvent } from './wechat-status.ts';

const t0 = new Date('2026-11-28T02:00:00Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);
const iso = (s: number) => at(s).toISOString();
const off = initialWechatStatus('wechaty-puppet-wechat4u', t0);
const run = (...events: WechatStatusEvent[]) => events.reduce(nextWechatStatus, off);

describe('nextWechatStatus', () => {
  it.each<{ name: string; events: WechatStatusEvent[]; expected: Partial<ChannelStatus> }>([
    {
      name: 'starting',
      events: [{ type: 'starting', at: at(1) }],
      expected: { state: 'starting', since: iso(1), qrcode: null },
    },
    {
      name: 'waiting for a scan shows the QR code',
      events: [
        { type: 'starting', at: at(1) },
        { type: 'scan', qrcode: 'https://login.weixin.qq.com/l/x', qrcodeImage: 'data:image/png;base64,AA', at: at(2) },
      ],
      expected: {
        state: 'scan',
        since: iso(2),
        qrcode: 'https://login.weixin.qq.com/l/x',
        qrcodeImage: 'data:image/png;base64,AA',
      },
    },
    {
      name: 'a fresh QR code keeps the time the wait began',
      events: [
        { type: 'scan', qrcode: 'a', qrcodeImage: null, at: at(2) },
        { type: 'scan', qrcode: 'b', qrcodeImage: null, at: at(60) },
      ],
      expected: { state: 'scan', since: iso(2), qrcode: 'b' },
    },
    {
      name: 'login clears the QR code and the retry count',
      events: [
        { type: 'retry_scheduled', attempt: 3, retryAt: at(9), at: at(1) },
        { type: 'scan', qrcode: 'a', qrcodeImage: 'img', at: at(10) },
        { type: 'login', user: '小满电器客服', at: at(20) },
      ],
      expected: {
        state: 'logged_in',
        user: '小满电器客服',
        qrcode: null,
        qrcodeImage: null,
        reconnectAttempts: 0,
        nextRetryAt: null,
      },
    },
    {
      name: 'an error is remembered without changing the state',
      events: [
        { type: 'login', user: 'u', at: at(1) },
        { type: 'error', message: 'rpc timeout', at: at(5) },
      ],
      expected: { state: 'logged_in', since: iso(1), lastError: { message: 'rpc timeout', at: iso(5) } },
    },
    {
      name: 'a logout disconnects, keeping who was logged in',
      events: [
        { type: 'login', user: 'u', at: at(1) },
        { type: 'logout', reason: '手机端退出', at: at(5) },
      ],
      expected: { state: 'disconnected', user: 'u', lastError: { message: '手机端退出', at: iso(5) } },
    },
    {
      name: 'a scheduled retry says when',
      events: [
        { type: 'logout', reason: 'x', at: at(5) },
        { type: 'retry_scheduled', attempt: 2, retryAt: at(9), at: at(5) },
      ],
      expected: { state: 'disconnected', since: iso(5), reconnectAttempts: 2, nextRetryAt: iso(9) },
    },
    {
      name: 'starting again clears the retry time, not the count',
      events: [
        { type: 'retry_scheduled', attempt: 2, retryAt: at(9), at: at(5) },
        { type: 'starting', at: at(9) },
      ],
      expected: { state: 'starting', reconnectAttempts: 2, nextRetryAt: null },
    },
    {
      name: 'stopped is off',
      events: [
        { type: 'scan', qrcode: 'a', qrcodeImage: null, at: at(1) },
        { type: 'stopped', at: at(2) },
      ],
      expected: { state: 'off', since: iso(2), qrcode: null },
    },
  ])('$name', ({ events, expected }) => {
    expect(run(...events)).toMatchObject(expected);
  });

  it('starts off, naming the puppet', () => {
    expect(off).toEqual({
      channel: 'wechat',
      state: 'off',
      provider: 'wechaty-puppet-wechat4u',
      qrcode: null,
      qrcodeImage: null,
      user: null,
      lastError: null,
      since: t0.toISOString(),
      reconnectAttempts: 0,
      nextRetryAt: null,
    });
  });
});
