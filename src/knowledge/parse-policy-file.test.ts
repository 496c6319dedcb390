import { describe, expect, it } from 'vitest';
import { parsePolicyFile } from './parse-policy-file.ts';

describe('parsePolicyFile', () => {
  it('reads the front-matter and the body', () => {
    const parsed = parsePolicyFile(
      '---\ntitle: 七天无理由退货\ncategory: 退换货\neffective: 2026-01-01\n---\n自签收之日起 7 天内。\n',
    );
    expect(parsed).toEqual({
      ok: true,
      value: { title: '七天无理由退货', category: '退换货', effective: '2026-01-01', body: '自签收之日起 7 天内。' },
    });
  });

  it('accepts a BOM, CRLF line ends, quotes, comments and a missing optional field', () => {
    const parsed = parsePolicyFile(
      '\uFEFF---\r\n# 店内版本\r\ntitle: "发票: 开具与更正"  \r\ncategory: 发票 # 财务\r\n---\r\n正文。',
    );
    expect(parsed).toEqual({ ok: true, value: { title: '发票: 开具与更正', category: '发票', body: '正文。' } });
  });

  it.each([
    ['no front-matter', '# 标题\n正文', /front-matter/],
    ['no title', '---\ncategory: 退款\n---\n正文', /title/],
    ['a date that is not YYYY-MM-DD', '---\ntitle: 价保\neffective: 2026/01/01\n---\n正文', /effective/],
    ['an empty body', '---\ntitle: 价保\n---\n\n', /body/],
    ['a line that is not key: value', '---\ntitle: 价保\n- 列表\n---\n正文', /line 2/],
  ])('rejects %s', (_, text, reason) => {
    const parsed = parsePolicyFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});
