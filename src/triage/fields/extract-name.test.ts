import { describe, expect, it } from 'vitest';
import { extractEmails } from './extract-emails.ts';
import { extractName } from './extract-name.ts';
import { extractPhones } from './extract-phones.ts';
import { maskSpans } from './mask-spans.ts';
import { normalizeText } from './normalize-text.ts';

const nameOf = (text: string) => {
  const normalized = normalizeText(text);
  return extractName(maskSpans(normalized, [...extractEmails(normalized), ...extractPhones(normalized)]));
};

describe('extractName', () => {
  it.each([
    ['我叫张伟', '张伟'],
    ['我叫张伟想投诉你们', '张伟'],
    ['我叫王家明，电话13812345678', '王家明'],
    ['手机号138-2468-1357 我叫刘洋 前天在你们门店买的', '刘洋'],
    ['25号订的蛋糕 名字写错了 我叫周敏 不是周明', '周敏'],
    ['我是李娜', '李娜'],
    ['你好 我是张伟 电话+86-137-0000-1234', '张伟'],
    ['我是陈晓燕 上周三在你们店办的会员卡', '陈晓燕'],
    ['本人刘洋，要投诉', '刘洋'],
    ['我的名字是欧阳娜娜', '欧阳娜娜'],
    ['姓名：钱丽华', '钱丽华'],
    ['我姓王', '王'],
    ['你好我姓赵 手机15900001234', '赵'],
    ['1.5w的装修款都付了 我姓欧阳', '欧阳'],
    ['姓刘 电话18900006666', '刘'],
    ['免贵姓孙', '孙'],
    ['我是王女士', '王女士'],
    ['座机（0755）2345 6789 我是林小姐', '林小姐'],
    ['麻烦给我换个新的。电话13812345678，王女士', '王女士'],
    ['电话13677778888 李先生', '李先生'],
    ['周先生 13245678901 订的年货礼盒到了', '周先生'],
    ['谢先生 订单号 JD20261212000456 买的洗衣机', '谢先生'],
    ['联系电话010-65123456转分机也行 找马先生', '马先生'],
    ['我们公司座机(0755)8888 6666 找行政陈小姐就行', '陈小姐'],
    ['我姓吴 吴女士 电话13966665555', '吴女士'],
    ['赵磊 zhao.lei@company.com.cn 年会包场的尾款结了', '赵磊'],
    ['欧阳娜娜 电话 186-1234-0000 十月一号', '欧阳娜娜'],
    ['你好😊我叫林一一', '林一一'],
  ])('%s → %s', (text, expected) => {
    expect(nameOf(text)).toBe(expected);
  });

  it.each([
    ['你们的店员小李态度很差'],
    ['我是顾客'],
    ['我是老客户了'],
    ['我是买家'],
    ['我是高中生'],
    ['我是在你们店买的'],
    ['我是周末去的'],
    ['姓什么不重要'],
    ['你们那个姓王的师傅态度太差'],
    ['你们的王经理说可以退'],
    ['你们店的李先生说会给我退'],
    ['老百姓买点东西不容易'],
    ['电话13812345678 谢谢'],
    ['电话13812345678 麻烦尽快'],
    ['杭州的 电话0571-8765432'],
    ['两个号都可以 13512340000 或者 18800002222'],
    ['我叫了外卖'],
  ])('finds no customer name in %s', (text) => {
    expect(nameOf(text)).toBeUndefined();
  });
});
