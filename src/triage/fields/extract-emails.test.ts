import { describe, expect, it } from 'vitest';
import { extractEmails } from './extract-emails.ts';
import { normalizeText } from './normalize-text.ts';

const first = (text: string) => extractEmails(normalizeText(text))[0]?.value;

describe('extractEmails', () => {
  it.each([
    ['我的邮箱是 Zhang.Wei88@QQ.com 发票抬头写错了', 'zhang.wei88@qq.com'],
    ['EMAIL: JOHN_LIU@GMAIL.COM 我在国外', 'john_liu@gmail.com'],
    ['发到tom2026@163.com，谢谢。', 'tom2026@163.com'],
    ['联系邮箱 hr@abc-trading.cn 8.15下的单', 'hr@abc-trading.cn'],
    ['赵磊 zhao.lei@company.com.cn 年会包场', 'zhao.lei@company.com.cn'],
    ['邮箱：ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'li@example.com'],
    ['📧 13812345678@163.com 😊', '13812345678@163.com'],
    ['没有邮箱', undefined],
    ['@你们客服 怎么不回', undefined],
  ])('reads %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
