import { complaintCodePattern } from '../../complaint/complaint-code.ts';
import type { Found } from './mask-spans.ts';
import { staffTitle } from './staff-lexicon.ts';

// Labels people write before an order, waybill, contract or ticket number; longest first so 订单号 is not read as
// 订单 + 号.
const label =
  '(?:订单编号|订单号码|订单号|定单号|快递单号|运单号|物流单号|邮件号|快递号|工单号|维修单号|退货单号|预约单号|预订单号|预订号|预定号|预约号|确认号|报名号|报案号|团号|运单|账单编号|修车单|单子号|合同编号|合同号|合同|协议编号|协议号|保单号|收据号|小票号|票据号|发票号码|发票号|发票编号|票号|单号|订单|编号|order\\s*(?:no\\.?|number|id)?|No\\.)';
// A value may be grouped with spaces or dashes: "2026 0708 5566 7788".
const labelled = new RegExp(
  `${label}\\s*(?:No\\.)?\\s*(?:是|为|:|#)?\\s*([A-Za-z0-9](?:[A-Za-z0-9]|[\\s-](?=[A-Za-z0-9]))*[A-Za-z0-9])`,
  'gi',
);
// Unlabelled: a long digit run, or a short letter prefix on a long digit run ("DD20260615233", "SF1402938475612").
const unlabelled = /(?<![A-Za-z0-9])(?:[A-Za-z]{1,4}\d{8,}|\d{12,})(?![A-Za-z0-9])/g;
const idCardLabel = /身份证/;
// "送餐员编号2087", "师傅工号 8837": a number of staff, not of an order.
const staffBefore = new RegExp(`(?:${staffTitle.source}|员)\\s*$`);
const money = /^\s*(?:元|块|万|千|w|k)/i;
// "合同2025年签的": a year, a date or a duration after it is no number of the contract.
const timeAfter = /^\s*(?:年|月|日|号|天|个月)/;
const dateLike = /^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$|^(?:19|20)\d{2}-\d{1,2}$/;
// "编号TS-20261129-0001" quotes one of our complaint codes, not an order.
const complaintCode = new RegExp(`^${complaintCodePattern.source}$`, 'i');

/** Order, waybill or ticket numbers in the message, labelled ones first, then long unlabelled ones. */
export function extractOrderNumbers(text: string): Found<string>[] {
  const found: Found<string>[] = [];
  for (const m of text.matchAll(labelled)) {
    const raw = trimToNumber(m[1]!, text.slice(m.index + m[0].length));
    const value = raw.replace(/\s+/g, '');
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + raw.length;
    if (!/\d/.test(value) || value.length < 4 || dateLike.test(value) || complaintCode.test(value)) continue;
    if (money.test(text.slice(end)) || timeAfter.test(text.slice(end))) continue;
    if (staffBefore.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    found.push({ value, start, end });
  }
  for (const m of text.matchAll(unlabelled)) {
    const start = m.index;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    if (isIdCardNumber(m[0]) || idCardLabel.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (money.test(text.slice(start + m[0].length))) continue;
    found.push({ value: m[0], start, end: start + m[0].length });
  }
  return found;
}

// "单号 7721 0098 4456 1203 这个件" and "单号 YT 8826 5531 0092" keep their groups, and so does a short last group or a
// country code that ends the number ("FL 2502 1833 09。", "EA 382 117 694 CN"); "订单 TB20260909123 的" stops at the
// space before a word, and "订单 2026020812345 8号下的单" before a short number that starts the next clause.
function trimToNumber(raw: string, after: string): string {
  const groups = raw.split(/(?=\s)/);
  let out = groups[0]!;
  const last = groups.length - 1;
  const endsHere = /^(?:$|[\s,，。.!！?？;；])/.test(after);
  for (const [i, g] of groups.slice(1).entries()) {
    const closing = i + 1 === last && i >= 1 && endsHere && /^\s(?:\d{1,2}|[A-Z]{2})$/.test(g);
    if (!(/^\s\d{3,}$/.test(g) || closing) || !/(?:\d|^[A-Za-z]{1,4})$/.test(out)) break;
    out += g;
  }
  return out;
}

/** True for an 18-character 居民身份证 number (valid birth date and check digit), which is never an order number. */
export function isIdCardNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(value[i]), 0);
  return '10X98765432'[sum % 11] === value[17]!.toUpperCase();
}
