import { describe, expect, it } from 'vitest';
import { splitOutbound, wechatMaxTextBytes } from './split-outbound.ts';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const squash = (s: string) => s.replace(/\s/g, '');

describe('splitOutbound', () => {
  it.each([
    {
      name: 'a short reply is one message',
      text: '已收到，工单号 TS-20261128-0007。',
      max: 2048,
      pieces: ['已收到，工单号 TS-20261128-0007。'],
    },
    { name: 'blank edges are trimmed', text: '\n  您好 \n', max: 2048, pieces: ['您好'] },
    { name: 'nothing to say is no message', text: '  ', max: 2048, pieces: [] },
    { name: 'cut after a line', text: '第一行内容\n第二行内容', max: 18, pieces: ['第一行内容', '第二行内容'] },
    {
      name: 'cut after a sentence',
      text: '第一句话。第二句话！第三句？',
      max: 30,
      pieces: ['第一句话。第二句话！', '第三句？'],
    },
    {
      name: 'a sentence too long is cut between characters',
      text: '一二三四五六七八',
      max: 9,
      pieces: ['一二三', '四五六', '七八'],
    },
    { name: 'emoji are never cut in half', text: '👍🏽👍🏽👍🏽', max: 8, pieces: ['👍🏽', '👍🏽', '👍🏽'] },
  ])('$name', ({ text, max, pieces }) => {
    expect(splitOutbound(text, max)).toEqual(pieces);
  });

  it('splits a long reply into as few pieces as fit, each within the limit, losing nothing', () => {
    const paragraph = '关于您反映的电热水壶漏电问题，我们已经登记并转交专员处理。'.repeat(10);
    const text = Array.from({ length: 6 }, () => paragraph).join('\n\n');
    const pieces = splitOutbound(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.length).toBeLessThanOrEqual(Math.ceil(bytes(text) / wechatMaxTextBytes) + 1);
    for (const piece of pieces) {
      expect(bytes(piece)).toBeLessThanOrEqual(wechatMaxTextBytes);
      expect(piece).toBe(piece.trim());
      expect(piece).not.toBe('');
    }
    expect(squash(pieces.join(''))).toBe(squash(text));
  });
});
