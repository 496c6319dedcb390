import { describe, expect, it } from 'vitest';
import { extractProduct } from './extract-product.ts';
import { normalizeText } from './normalize-text.ts';
import { tagWords } from './tag-words.ts';

const productOf = (text: string) => {
  const normalized = normalizeText(text);
  return extractProduct(normalized, tagWords);
};

describe('extractProduct', () => {
  it.each([
    ['我上周在你们店买的电热水壶漏电了', '电热水壶', 'goods'],
    ['办的健身年卡想退', '健身年卡', 'service'],
    ['宽带套餐乱扣费', '宽带套餐', 'service'],
    ['前天在你们门店买的蓝牙耳机左耳没声音', '蓝牙耳机', 'goods'],
    ['昨天收到的电饭煲内胆是凹进去的', '电饭煲', 'goods'],
    ['你们家的扫地机器人用了两周就不充电了', '扫地机器人', 'goods'],
    ['上个月初报的英语培训班', '英语培训班', 'service'],
    ['昨天点的外卖麻辣香锅里有头发', '外卖', 'goods'],
    ['买的小米手机屏幕碎了', '小米手机', 'goods'],
    ['iPhone手机壳 发错颜色', 'iPhone手机壳', 'goods'],
    ['在你们这办的宽带 收了我388的安装费', '宽带', 'service'],
    ['昨天在你店里买的两斤车厘子 回家一半是烂的', '车厘子', 'goods'],
    ['买的那个空气炸锅坏了😭', '空气炸锅', 'goods'],
    ['前天晚上在你们酒店住的', '酒店', 'service'],
  ])('%s → %s', (text, name, kind) => {
    expect(productOf(text)).toEqual({ name, kind });
  });

  it.each([
    ['东西坏了'],
    ['你们的店员小李态度很差'],
    ['买的东西到现在没发'],
    ['电话13812345678'],
    ['手机号13812345678'],
    ['手机 138 0000 1111'],
  ])('finds no product in %s', (text) => {
    expect(productOf(text)).toBeUndefined();
  });
});
