import { describe, expect, it } from 'vitest';
import { maskSpans } from './mask-spans.ts';

describe('maskSpans', () => {
  it.each([
    ['电话13812345678,花了299元', [{ start: 2, end: 13 }], '电话▒▒▒▒▒▒▒▒▒▒▒,花了299元'],
    ['12 34', [], '12 34'],
    [
      'abcdef',
      [
        { start: 0, end: 1 },
        { start: 4, end: 9 },
      ],
      '▒bcd▒▒',
    ],
  ])('masks %s', (text, spans, expected) => {
    expect(maskSpans(text, spans)).toBe(expected);
  });
});
