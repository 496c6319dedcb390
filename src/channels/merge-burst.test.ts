import { describe, expect, it } from 'vitest';
import type { InboundChannelMessage } from './channel.ts';
import { mergeBurst } from './merge-burst.ts';

const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 2, 0, s));
const msg = (
  id: string,
  second: number,
  text: string,
  extra: Partial<InboundChannelMessage> = {},
): InboundChannelMessage => ({
  channel: 'wechat',
  externalId: 'wxid_a',
  messageId: id,
  text,
  attachments: [],
  at: at(second),
  ...extra,
});
const photo = { kind: 'image' as const, name: 'kettle.jpg', ref: 'm2' };
const invoice = { kind: 'file' as const, name: '发票.pdf', ref: 'm3' };

describe('mergeBurst', () => {
  it.each([
    { name: 'one message stays as it is', burst: [msg('m1', 0, '你好')], text: '你好', id: 'm1', attachments: [] },
    {
      name: 'texts joined by newlines, in order sent, id of the first',
      burst: [msg('m1', 0, '电水壶'), msg('m2', 1, '漏电了'), msg('m3', 2, '要退货')],
      text: '电水壶\n漏电了\n要退货',
      id: 'm1',
      attachments: [],
    },
    {
      name: 'out-of-order arrival is put back in order',
      burst: [msg('m2', 1, '漏电了'), msg('m1', 0, '电水壶')],
      text: '电水壶\n漏电了',
      id: 'm1',
      attachments: [],
    },
    {
      name: 'attachments collected, empty texts skipped',
      burst: [
        msg('m1', 0, '看图'),
        msg('m2', 1, '', { attachments: [photo] }),
        msg('m3', 2, '  ', { attachments: [invoice] }),
      ],
      text: '看图',
      id: 'm1',
      attachments: [photo, invoice],
    },
  ])('$name', ({ burst, text, id, attachments }) => {
    const merged = mergeBurst(burst);
    expect(merged).toMatchObject({ text, messageId: id, attachments, externalId: 'wxid_a', at: at(0) });
  });

  it('keeps the latest display name', () => {
    const merged = mergeBurst([msg('m1', 0, 'a', { displayName: '陈' }), msg('m2', 1, 'b', { displayName: '陈女士' })]);
    expect(merged.displayName).toBe('陈女士');
  });

  it('refuses an empty burst', () => {
    expect(() => mergeBurst([])).toThrow();
  });
});
