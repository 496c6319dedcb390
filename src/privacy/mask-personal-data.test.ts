import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './mask-personal-data.ts';

describe('maskPersonalData', () => {
  it.each([
    ['电话13812345678', '电话138****5678'],
    ['+86 138 1234 5678 找我', '138****5678 找我'],
    ['号码138-1234-5678', '号码138****5678'],
    ['座机0755-88886666', '座机****-****6666'],
    ['邮箱 wang.li@example.com', '邮箱 w***@example.com'],
    ['身份证440301199001011234', '身份证440***********1234'],
    ['加我微信 lily_2008', '加我微信 l***08'],
    ['微信：lily2008@qq.com', '微信：l***@qq.com'],
  ])('masks %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it('leaves order numbers, amounts and dates alone', () => {
    const text = '订单号DD20261103889，花了299元，11月3号买的';
    expect(maskPersonalData(text)).toBe(text);
  });
});
