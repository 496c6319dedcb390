import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.ts';

describe('normalizeText', () => {
  it.each([
    ['电话：１３８１２３４５６７８', '电话:13812345678'],
    ['花了￥２９９', '花了¥299'],
    ['（０７５５）８８８８　６６６６', '(0755)8888 6666'],
    ['ＤＤ２０２６１１０３', 'DD20261103'],
    ['坏了！！\n怎么办？', '坏了!! 怎么办?'],
    ['😡气死了', '😡气死了'],
  ])('folds %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
