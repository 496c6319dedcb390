import { describe, expect, it } from 'vitest';
import { extractOrderNumbers, isIdCardNumber } from './extract-order-numbers.ts';
import { extractPhones } from './extract-phones.ts';
import { maskSpans } from './mask-spans.ts';
import { normalizeText } from './normalize-text.ts';

const first = (text: string) => {
  const normalized = normalizeText(text);
  return extractOrderNumbers(maskSpans(normalized, extractPhones(normalized)))[0]?.value;
};

describe('extractOrderNumbers', () => {
  it.each([
    ['订单号DD20260309001', 'DD20260309001'],
    ['没订单号 合同号是 YN-2026-1015-033', 'YN-2026-1015-033'],
    ['电话 139-1010-2020 小票号 A20260401-0087', 'A20260401-0087'],
    ['可我上个月20号明明交了 收据号 WY0720115 给个说法', 'WY0720115'],
    ['订单号是 2026110812345678 羽绒服', '2026110812345678'],
    ['订单号 MN2026081207733', 'MN2026081207733'],
    ['订单号：SN2026050112345 电话：021-62345678', 'SN2026050112345'],
    ['单号 7721 0098 4456 1203 这个件被退回去了', '7721009844561203'],
    ['订单号是 2026 0708 5566 7788 沙发', '2026070855667788'],
    ['订单 TB20260909123 的衣服少发了一件', 'TB20260909123'],
    ['订单E20260315008812的沙发到了', 'E20260315008812'],
    ['美团订单6001234567890123456 麻辣香锅', '6001234567890123456'],
    ['订单88213377 付了¥268', '88213377'],
    ['订单12345000678 说好下单返现20', '12345000678'],
    ['工单号GD202607120091 报修', 'GD202607120091'],
    ['快递单号是75123456789012 里面的杯子碎了', '75123456789012'],
    ['维修单号WX20260418006 修了三次', 'WX20260418006'],
    ['Order No. A1234567 never arrived', 'A1234567'],
    ['订单号：ＤＤ２０２６１１０３８８９', 'DD20261103889'],
    ['DD20260615233 这个单子的裤子发错颜色了', 'DD20260615233'],
    ['3398765432109876543 赶紧发货', '3398765432109876543'],
    ['订单号15012345678 到现在没发', '15012345678'],
  ])('reads %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    ['电话13812345678 花了1299元'],
    ['我之前投诉过，编号TS-20261129-0001'],
    ['身份证号 11010519491231002X 我要投诉'],
    ['订单号 2026-11-05 那天下的'],
    ['订单号不知道 找不到了'],
    ['花了1,299元 2026年11月5日'],
    ['编号123'],
  ])('takes nothing from %s', (text) => {
    expect(first(text)).toBeUndefined();
  });

  it.each([
    ['11010519491231002X', true],
    ['440301199001011235', false],
    ['2026110812345678', false],
  ])('%s is an ID card number: %s', (value, expected) => {
    expect(isIdCardNumber(value)).toBe(expected);
  });
});
