import { describe, expect, it } from 'vitest';
import { type Extraction, extractionSchema } from '../triage-result.ts';
import { extractFields } from './extract-fields.ts';

// 2026-11-28 is a Saturday.
const now = new Date('2026-11-28T10:00:00+08:00');

describe('extractFields', () => {
  it.each<[string, Extraction['fields']]>([
    [
      '你好，我上周在你们店买的电热水壶漏电了，差点电到孩子！！要求退货，赔偿！电话：１３９ １２３４ ５６７８',
      {
        product: '电热水壶',
        occurredOn: '2026-11-16',
        remedyRequested: ['退货', '支付补偿'],
        phone: '13912345678',
      },
    ],
    [
      '本人刘洋，办的健身年卡才用了两次店就关门了，三千八啊！我要解约退钱',
      {
        product: '健身年卡',
        remedyRequested: ['解除合同', '退还其他已产生费用'],
        customerName: '刘洋',
        amount: 3800,
      },
    ],
    [
      '宽带套餐说好一个月99，结果每个月扣我159，多扣的钱要退给我，我叫何静，邮箱 HEJING@163.COM',
      {
        product: '宽带套餐',
        remedyRequested: ['退还其他已产生费用'],
        customerName: '何静',
        email: 'hejing@163.com',
      },
    ],
    [
      '我是老客户了，这次买的洗衣机送货师傅把我家地板划了，师傅电话13800001111，我的号码是13911112222，要求赔偿地板',
      { product: '洗衣机', remedyRequested: ['支付补偿'], phone: '13911112222' },
    ],
    [
      '双12抢购的面膜过敏了，脸上起红疹，订单编号：TB2025121288776655，先给个说法',
      {
        product: '面膜',
        orderNumber: 'TB2025121288776655',
        occurredOn: '2025-12-12',
        remedyRequested: ['提供信息'],
      },
    ],
    [
      // 酒店 names the trade, not what was bought (no product), but the fee back is for a service.
      '您好，我是张女士，0755-26668888，上礼拜天在你们酒店住了一晚，房间有蟑螂，要求退房费',
      {
        occurredOn: '2026-11-22',
        remedyRequested: ['退还其他已产生费用'],
        customerName: '张女士',
        phone: '0755-26668888',
      },
    ],
    [
      '我13号交的定金2000，现在不想订了，定金能退吗？',
      { occurredOn: '2026-11-13', remedyRequested: ['退还预订金'], amount: 2000 },
    ],
    [
      '我要投诉！11月11号在你们网店买了两件毛衣，一共花了¥356，其中一件有破洞，要求换货😤',
      { product: '毛衣', occurredOn: '2026-11-11', remedyRequested: ['更换产品'], amount: 356 },
    ],
    [
      '我是在你们旗舰店买的电脑，身份证号码110105194912310028，发票抬头写错了，重开一张',
      { product: '电脑', remedyRequested: ['作废发票'] },
    ],
    [
      'ｅｍａｉｌ：Ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ　电话　１８６－１２３４－５６７８',
      { phone: '18612345678', email: 'wang@example.com' },
    ],
    ['这是第三次投诉了，问题还是没解决，3次了！', {}],
  ])('%s', (text, fields) => {
    const extraction = extractFields(text, now);
    expect(extractionSchema.parse(extraction)).toEqual(extraction);
    expect(extraction.fields).toEqual(fields);
  });

  it.each<[string, Partial<Extraction>]>([
    ['姓名就不留了，电话也不方便给，你们把钱退了就行😡', { declined: ['customerName', 'phone'] }],
    ['不想透露姓名 也不留邮箱 手机13700007777', { declined: ['customerName', 'email'] }],
    ['订单号不知道，找不到了，反正是上个月15号下的单', { orderNumberUnknown: true }],
    ['订单号忘了，好像是DD20261103889', { orderNumberUnknown: false }],
    ['东西坏了', { declined: [], orderNumberUnknown: false }],
  ])('reads refusals and unknown order numbers in %s', (text, expected) => {
    expect(extractFields(text, now)).toMatchObject(expected);
  });

  it('never returns a declined field', () => {
    const { fields, declined } = extractFields('电话先不给了，13812345678是我老婆的，名字就不说了，我是李娜', now);
    expect(declined).toEqual(['customerName', 'phone']);
    expect(fields.phone).toBeUndefined();
    expect(fields.customerName).toBeUndefined();
  });

  it('resolves dates in the given time zone, not the machine one', () => {
    const lateEvening = new Date('2026-11-27T16:30:00Z');
    expect(extractFields('今天收到的', lateEvening).fields.occurredOn).toBe('2026-11-28');
    expect(extractFields('今天收到的', lateEvening, 'UTC').fields.occurredOn).toBe('2026-11-27');
  });
});
