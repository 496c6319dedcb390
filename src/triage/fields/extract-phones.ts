import type { Found } from './mask-spans.ts';
import { correction } from './negation.ts';
import { notOwnAfter, otherParty, staffTitle } from './staff-lexicon.ts';

/** A contact number; `own` is false for the shop's hotline or a staff member's number the customer quotes. */
export interface PhoneFound extends Found<string> {
  own: boolean;
}

// 86 or +86 prefix, then 11 digits in any grouping of spaces or dashes: "+86 138 1234 5678", "(138) 0013 8000".
const mobile = /(?<![\dA-Za-z]|\d[\s-])(?:\(?\+?86\)?[\s-]?)?(\(?1[3-9]\d\)?(?:[\s-]?\d){8})(?![\dA-Za-z])/g;
// A number right after another digit group is part of something longer (an order number in groups).
// Area codes are 010, 02x or 0[3-9]xx; local numbers 7-8 digits: "(0755)8888 6666", "020 12345678", "0571-8765432".
const landline =
  /(?<![\dA-Za-z]|\d[\s-])(?:\((0(?:10|2\d|[3-9]\d{2}))\)|(0(?:10|2\d|[3-9]\d{2})))[\s-]?(\d{3,4}[\s-]?\d{3,4})(?![\dA-Za-z])/g;
// Voice input writes a mobile in Chinese digits: "一三八二六五四九九零七", "幺三八…" (幺 is how 1 is read out), now
// and then in groups ("一五八 三七四五 二六一九").
const spokenDigits = '零〇一二三四五六七八九幺';
const spokenMobile = new RegExp(
  `(?<![${spokenDigits}两])[一幺][三四五六七八九](?: ?[${spokenDigits}]){9}(?![${spokenDigits}两])`,
  'g',
);
const digitOf = (c: string) => ({ 〇: '0', 幺: '1' })[c] ?? String('零一二三四五六七八九'.indexOf(c));
// 400/800 numbers are always a business's.
const hotline = /(?<![\dA-Za-z])[48]00[\s-]?\d{3}[\s-]?\d{4}(?![\dA-Za-z])/g;
const orderLabel = /(?:单号|订单|编号|order)\s*(?:是|为|:|#)?\s*$/i;
const someoneElse = new RegExp(otherParty.source, 'g');
const self = /我|本人|打这个|回电|联系/g;
const contactPerson = /(?:联系人|对接人)[:：\s]*[\u4e00-\u9fff]{0,4}[:：\s]*$/;
const contextSpan = 14;
const bareLabel = /^(?:电话|手机|手机号|号码|电话号码)[:：]?$/;
const staffAtEnd = new RegExp(`(?:${staffTitle.source})$`);
const lastClause = /[^，,。!！?？;；\s]*$/;

/** Every phone-like number in the message, in order: mobiles as 11 digits, landlines as "0755-88886666". */
export function extractPhones(text: string): PhoneFound[] {
  const found: PhoneFound[] = [];
  for (const m of text.matchAll(mobile)) {
    add(found, text, m.index, m[0].length, m[1]!.replace(/\D/g, ''));
  }
  for (const m of text.matchAll(landline)) {
    const local = m[3]!.replace(/\D/g, '');
    if (local.length < 7) continue;
    add(found, text, m.index, m[0].length, `${m[1] ?? m[2]}-${local}`);
  }
  for (const m of text.matchAll(spokenMobile)) {
    add(found, text, m.index, m[0].length, [...m[0].replaceAll(' ', '')].map(digitOf).join(''));
  }
  for (const m of text.matchAll(hotline)) {
    found.push({ value: m[0].replace(/\D/g, ''), start: m.index, end: m.index + m[0].length, own: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

function add(found: PhoneFound[], text: string, start: number, length: number, value: string): void {
  const before = clauseBefore(text, start);
  if (orderLabel.test(before)) return;
  if (found.some((f) => f.start < start + length && start < f.end)) return;
  // "联系人 邓经理 138…": the contact person's label may sit a space before the name. "打她电话186…一直关机": a
  // number the customer tried to call is someone else's.
  const own =
    !notOwnAfter.test(text.slice(start + length, start + length + 8)) &&
    (contactPerson.test(text.slice(Math.max(0, start - contextSpan), start)) || saysOwn(before));
  found.push({ value, start, end: start + length, own });
}

/**
 * The customer's own number: the first one they give, or the one after a correction ("13588889999 不对 打错了 是
 * 13588889990").
 */
export function customerPhone(text: string, phones: readonly PhoneFound[]): string | undefined {
  const own = phones.filter((p) => p.own);
  let chosen = own[0];
  for (const next of own.slice(1)) {
    if (chosen && correction.test(text.slice(chosen.end, next.start))) chosen = next;
  }
  return chosen?.value;
}

// People type spaces for commas: "你们卖的什么破东西 电话137…" starts a new clause at 电话. A space right before the
// number only separates it from its label ("师傅电话 135…").
function clauseBefore(text: string, start: number): string {
  const head = text.slice(Math.max(0, start - contextSpan), start).trimEnd();
  const clause = head.slice(head.search(lastClause));
  // "店里的托尼老师 电话135…": a bare label right after a staff member is theirs.
  if (!bareLabel.test(clause)) return clause;
  const earlier = head.slice(0, head.length - clause.length).trimEnd();
  return staffAtEnd.test(earlier) ? earlier.slice(earlier.search(lastClause)) + clause : clause;
}

// "你们安装师傅留的135…" quotes a staff number; "你们打我电话138…" gives the customer's own. A contact person the
// customer names is on their side, whatever the title: "联系人张经理 0755…".
function saysOwn(before: string): boolean {
  const other = lastIndex(someoneElse, before);
  return other < 0 || lastIndex(self, before) > other;
}

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}
