import { describe, expect, it } from 'vitest';
import { continuesCondition, findConsequence, isHistory, isNegated, isPromised } from './negation.ts';

describe('isNegated', () => {
  it.each([
    ['不要', '', true],
    ['我也不是要你们', '', true],
    ['不需要你们', '', true],
    ['', '就算了', true],
    ['', '什么的就不用了', true],
    ['', '无所谓', true],
    ['别光', '', true],
    ['', '', false],
    ['我要', '', false],
    ['质量特别差要求', '', false],
    ['不要再拖了我要', '', false],
    ['不要拖了,这次一定要', '', false],
    ['', '吧', false],
    ['', '不要再拖了', false],
  ])('before %j after %j → %s', (before, after, expected) => {
    expect(isNegated(before, after)).toBe(expected);
  });
});

describe('isPromised', () => {
  it.each([
    ['说好今天', true],
    ['你们说好十年', true],
    ['答应给我', true],
    ['不是说好七天能', false],
    ['不是你们答应', false],
    ['说好今天到 到现在没到 我要求', false],
    ['我要', false],
  ])('before %j → %s', (before, expected) => {
    expect(isPromised(before)).toBe(expected);
  });
});

describe('isHistory', () => {
  it.each([
    ['过两次', true],
    ['了三次还是坏', true],
    ['了好几次', true],
    ['一下', false],
    ['吧', false],
  ])('%j → %s', (after, expected) => {
    expect(isHistory(after)).toBe(expected);
  });
});

describe('findConsequence', () => {
  it.each([
    ['如果修不好再说退货', 5],
    ['要是换不了就退款', 5],
    ['如果修不好', 'open'],
    ['修不好的话退货', 5],
    ['如果可以的话', undefined],
    ['主要是退款', undefined],
    ['我要退货', undefined],
    ['万一再坏了就赔偿', 5],
  ])('%s → %s', (clause, expected) => {
    expect(findConsequence(clause)).toBe(expected);
  });

  it.each([
    ['就退货', true],
    ['那就退款吧', true],
    ['我就要求赔偿', true],
    ['希望退货', false],
  ])('%s continues a condition: %s', (clause, expected) => {
    expect(continuesCondition(clause)).toBe(expected);
  });
});
