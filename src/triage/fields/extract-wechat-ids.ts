import { labelledWechatId } from '../../privacy/mask-personal-data.ts';
import type { Found } from './mask-spans.ts';
import { otherParty as someoneElse } from './staff-lexicon.ts';

// "你们客服微信 kf_xiaoman" quotes the shop's account, not the customer's.
const lastClause = /[^，,。!！?？;；]*$/;

/** The WeChat IDs the customer gives as their own contact, in order; a bare 11-digit number after 微信 is a phone. */
export function extractWechatIds(text: string): Found<string>[] {
  const found: Found<string>[] = [];
  for (const m of text.matchAll(labelledWechatId)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (someoneElse.test(before.slice(before.search(lastClause)))) continue;
    const start = m.index + m[1]!.length;
    found.push({ value: m[2]!, start, end: start + m[2]!.length });
  }
  return found;
}
