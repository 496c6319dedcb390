import { describe, expect, it } from 'vitest';
import { detectRefusals } from './detect-refusals.ts';
import { normalizeText } from './normalize-text.ts';

const refusals = (text: string) => detectRefusals(normalizeText(text));

describe('detectRefusals', () => {
  it.each([
    ['电话先不给了 有事在这里回我就行', ['phone']],
    ['不方便留电话', ['phone']],
    ['不用留电话了', ['phone']],
    ['电话不用给了', ['phone']],
    ['号码就不留了', ['phone']],
    ['不想给手机号', ['phone']],
    ['手机号不方便透露，就在这回复吧', ['phone']],
    ['号码保密 别打给我', ['phone']],
    ['我就不留电话了 家里老人接到陌生电话会紧张', ['phone']],
    ['EMAIL: a@b.com 我在国外 电话不方便', ['phone']],
    ['名字就不说了', ['customerName']],
    ['不想透露姓名', ['customerName']],
    ['匿名投诉！', ['customerName']],
    ['我叫什么也不重要', ['customerName']],
    ['姓什么不重要 问题是你们的充电桩', ['customerName']],
    ['邮箱没有', ['email']],
    ['不留邮箱。', ['email']],
    ['邮箱和电话都不方便留 我叫什么也不重要', ['customerName', 'phone', 'email']],
    ['我不想留联系方式 你们在平台上回复就行', ['phone', 'email']],
    ['订单号不方便给', ['orderNumber']],
    ['电话：13812345678', []],
    ['你们的电话一直打不通', []],
    ['客服电话没人接，名字写错了', []],
    ['电话留我的就行13055556666', []],
  ])('%s → %j', (text, expected) => {
    expect(refusals(text)).toEqual(expected);
  });
});
