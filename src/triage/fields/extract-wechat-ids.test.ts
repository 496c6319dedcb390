import { describe, expect, it } from 'vitest';
import { extractWechatIds } from './extract-wechat-ids.ts';
import { normalizeText } from './normalize-text.ts';

const first = (text: string) => extractWechatIds(normalizeText(text))[0]?.value;

describe('extractWechatIds', () => {
  it.each([
    ['我叫Lily 电话不方便给，加我微信 lily_2008', 'lily_2008'],
    ['我的微信号是：Chen-88abc', 'Chen-88abc'],
    ['vx：wangxm1990 有事找我', 'wangxm1990'],
    ['联系我微信zhou_tao_sz就行', 'zhou_tao_sz'],
    ['微信 13812345678', undefined],
    ['你们客服微信 kf_xiaoman 一直不回', undefined],
    ['在微信上买的', undefined],
    ['微信支付扣了两次', undefined],
    ['我微信是abc', undefined],
  ])('reads %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
