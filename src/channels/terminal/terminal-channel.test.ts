import { describe, expect, it } from 'vitest';
import type { OutboundChannelMessage } from '../channel.ts';
import { formatForTerminal } from './terminal-channel.ts';

describe('formatForTerminal', () => {
  it.each<[OutboundChannelMessage, string]>([
    [{ type: 'text', text: '您好', author: 'bot' }, '客服助手：您好'],
    [{ type: 'text', text: '我是小王', author: 'agent' }, '人工客服：我是小王'],
    [{ type: 'text', text: '超时提醒', author: 'system' }, '通知：超时提醒'],
    [
      { type: 'complaint', code: 'TS-20261128-0007', status: 'investigating' },
      '〔投诉 TS-20261128-0007 · 调查处理中〕',
    ],
  ])('%j → %s', (message, line) => {
    expect(formatForTerminal(message)).toBe(line);
  });
});
