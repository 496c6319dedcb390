import { describe, expect, it } from 'vitest';
import { detectUnknownOrderNumber } from './detect-unknown-order-number.ts';

describe('detectUnknownOrderNumber', () => {
  it.each([
    ['订单号不知道', true],
    ['不知道卡号', true],
    ['订单号我忘了', true],
    ['订单号找不到了，你们自己查吧', true],
    ['没有订单号', true],
    ['我不记得单号了', true],
    ['订单号是多少我也不清楚', true],
    ['快递单号忘记了', true],
    ['订单号DD20261103889', false],
    ['我不知道怎么办 订单号123456789', false],
    ['东西没有收到', false],
  ])('%s → %s', (text, expected) => {
    expect(detectUnknownOrderNumber(text)).toBe(expected);
  });
});
