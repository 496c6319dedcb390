import { describe, expect, it } from 'vitest';
import { localDate } from './calendar-date.ts';
import { extractAmount } from './extract-amount.ts';
import { extractPhones } from './extract-phones.ts';
import { findDateMentions } from './find-date-mentions.ts';
import { maskSpans } from './mask-spans.ts';
import { normalizeText } from './normalize-text.ts';
import { tagWords } from './tag-words.ts';

const amountOf = (text: string) => {
  const normalized = normalizeText(text);
  const today = localDate(new Date('2026-11-28T10:00:00+08:00'), 'Asia/Shanghai');
  const spans = [...extractPhones(normalized), ...findDateMentions(normalized, today)];
  const masked = maskSpans(normalized, spans);
  return extractAmount(masked, tagWords(masked));
};

describe('extractAmount', () => {
  it.each([
    // A count before a bare number (field sets 17-19): a total when more than one, a unit price any other sum beats.
    ['买了两盒车厘子 两盒236 全是烂的', 236],
    ['一件199 两件都退 398块原路退回', 398],
    ['寄养5天750 回来狗瘦了一圈', 750],
    ['私教一节300 摔伤了 医药费1200你们得赔', 1200],
    ['说好每月送3张10元券 一张都没有', 10],
    // A full-width comma between two numbers, a measure before a price, a brand jieba reads as a time (set 14).
    ['货号KX-5521，268块，穿了两次就开胶', 268],
    ['雅诗兰黛面霜 50ml 980买的 用着过敏', 980],
    // Field sets 10-13 (2026-11-29): totals of claims, sums wanted back after the number, prices before a product.
    ['押金800退我 搬家损坏的花瓶赔我150 一共950', 950],
    ['停车费 一次15 共收了四次 多收的45给我退了', 45],
    ['这120清洁费得退', 120],
    ['报的2680的钢琴陪练课 老师一直请假', 2680],
    ['299的美甲套餐 做完第二天就掉了', 299],
    ['每个月扣8块的什么铃声 扣了一年 一共96', 96],
    ['花了¥299', 299],
    // A bare number standing alone, or glued to what was bought, is its price when nothing better is named.
    ['买的羽绒被 2.2米的 1499 一股霉味', 1499],
    ['年卡2680 用了两次就关门了', 2680],
    ['订的 两晚房费1288都付了', 1288],
    ['一共9扇 2.3万 全漏风', 23000],
    ['快递单 EA 382 117 694 CN 一直没动', undefined],
    // The price difference is the sum at stake; the shop's offer is not.
    ['付了4299 今天活动价3899 麻烦把400块差价退给我', 400],
    ['付款2299 差价300必须补给我', 300],
    ['理赔员说只赔200 我找人报价要650 按650赔', 650],
    ['测出来的数差了30多', undefined],
    // A corrected sum wins; a refund word before another sum refunds that one; 1万2; 4S店 names a shop.
    ['年卡2600 不对 是2800 上个月刚续的', 2800],
    ['少上了4次 一次120 退我480', 480],
    ['贴膜花了1万2 才十几天就起泡', 12000],
    ['去4S店修的', undefined],
    // Jiao after 块 belongs to it; a measure word after it does not.
    ['一共87块6 少了鸡蛋 十二块九 把12块9退我', 12.9],
    ['牛肉面十八块一碗 牛肉就三片', 18],
    ['一节课收俩百', 200],
    // A model glued to the product is no money; 一块一块 is patches.
    ['买的小米手环8 屏幕上一块一块的黑斑', undefined],
    ['花了一块钱', 1],
    ['收了我一块不合理', 1],
    ['￥1,299.00的床', 1299],
    ['299元买的', 299],
    ['58块就这服务', 58],
    ['58块钱就这服务？？', 58],
    ['刷卡1.2万买的钢琴', 12000],
    ['上个月初办的健身年卡 三千 现在店说要搬走', 3000],
    ['交了两千五 才上两节课', 2500],
    ['一千二百买的', 1200],
    ['预算3k左右', 3000],
    ['花了3k', 3000],
    ['五百多块买的', 500],
    ['两百块的清洁费', 200],
    ['花了１２９９买的破壁机', 1299],
    ['自动售货机扫码付了三块五 饮料没出来', 3.5],
    ['多收了我二十九块九', 29.9],
    ['七百五一张的演出票', 750],
    ['会员费九十九 扣了两次', 99],
    ['原价1299 活动价899 我实际付的是899', 899],
    ['买了两台，每台1500元，一共花了3000元', 3000],
    ['一共花了六百六', 660],
    ['结账还多算了一百二', 120],
    ['电话13812345678 花了299', 299],
    ['11月3号买的 199元', 199],
    ['1.5w的装修款都付了', 15000],
    ['说好下单返现20 到现在都没返', 20],
    ['称了一下少了0.3克 发票上写的是5680元', 5680],
    ['一盒十个碎了四个 18.8元', 18.8],
    ['买的3800的冰箱', 3800],
    ['😡 ¥46 算是白花了', 46],
    ['小票上显示12.8元，我要求退一赔十', 12.8],
    ['本人刘洋,办的健身年卡才用了两次店就关门了,三千八啊!', 3800],
    ['快递丢了，价值800多', 800],
    ['一瓶矿泉水卖了一块', 1],
    // 2026-11-29, from a blind set: the sum wanted back beats the sum paid; a total beats a unit price; a space
    // after a number with a money cue ends its clause.
    ['保养报价900 结账收了我1500 多了600 要求退还多收的600', 600],
    ['师傅把价格从说好的600涨到900 多的300退给我', 300],
    ['收了我们每人10块的餐位费 一共6个人60块 要求退回60', 60],
    ['榴莲45一斤 买了3斤多 一共148 退钱', 148],
    ['学费12800 半年换了4个老师', 12800],
    ['票价120 把票钱退了', 120],
    ['做的种植牙 花了1.5w 不到半年就松了', 15000],
    ['售后说要先收200检测费', 200],
    ['要你们赔偿修墙的钱 大概800', 800],
    ['上个月交了3月份的费用2680 结果停课两周 这两周的费用1340要退给我们', 1340],
    ['婚庆套餐18800 摄像那部分3000必须退 还要道歉', 3000],
    ['上车说还是原来的车次 只能补票 又补了412.5', 412.5],
    ['换了个屏 才用了三天又不显示了 修一次280', 280],
    ['停车费才一块', 1],
    // A unit price after the number; a space before it starts the number's clause.
    ['生鲜店买的三文鱼 回家一闻有股味 明显不新鲜 六十八一盒', 68],
    ['68一盒的草莓 一半是烂的', 68],
    // "两千六 根本…": 根 after a space is not a measure word.
    ['两盒花了两千六 根本就是骗人 必须退钱', 2600],
  ])('%s → %d', (text, expected) => {
    expect(amountOf(text)).toBe(expected);
  });

  it.each([
    ['宽带三天两头断网 师傅来了就重启'],
    ['超市买的五常大米 10斤装 有虫'],
    ['闲鱼上买的二手相机 快门坏了'],
    ['买了3个 用了3天'],
    ['电热毯有一块不热'],
    ['送货师傅把我家门口的地砖磕坏了一块'],
    ['蛋糕少了一块'],
    ['买的iPhone 16 Pro 用了不到3天就黑屏'],
    ['什么时候来水 给个准话 锦绣花园3栋'],
    ['这一块都坏了'],
    ['等了48小时'],
    ['上周三订的二十桶水'],
    ['买了4K电视'],
    ['今天早上八点约的保洁 十点了人还没到'],
    ['第二次出问题了'],
    ['双十一买的'],
    ['电话13812345678'],
    ['元旦买的'],
    ['买了3块蛋糕'],
    ['我要求退一半'],
    ['修过两次了 十节私教课'],
    // A numeral inside a noun is not an amount.
    ['生鲜店买的三文鱼 不新鲜'],
    ['在你们店买的三星手机 屏幕坏了'],
    ['房租说好押一付三'],
  ])('finds no amount in %s', (text) => {
    expect(amountOf(text)).toBeUndefined();
  });
});
