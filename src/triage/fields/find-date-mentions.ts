import { z } from 'zod';
import {
  addDays,
  addMonths,
  type CalendarDate,
  compareDates,
  daysInMonth,
  isoWeekday,
  makeDate,
} from './calendar-date.ts';
import datesJson from './lexicon/dates.json' with { type: 'json' };
import { recentLunarDate, recentLunarNewYearsEve } from './lunar-date.ts';
import type { Span } from './mask-spans.ts';
import { parseNumber } from './parse-number.ts';

/** A date expression in the message; `date` is undefined when it is in the future (明天, 下周一) or not a real day. */
export interface DateMention extends Span {
  date: CalendarDate | undefined;
}

const datesLexiconSchema = z.object({
  $comment: z.string().optional(),
  relativeDays: z.record(z.string(), z.number().int()),
  festivals: z.array(z.object({ pattern: z.string(), monthDay: z.string().regex(/^\d{2}-\d{2}$/) })).min(1),
  scheduledAfter: z.array(z.string()).min(1),
  scheduledBefore: z.array(z.string()).min(1),
  lunarFestivals: z.array(z.object({ pattern: z.string(), monthDay: z.string().regex(/^\d{2}-\d{2}$|^eve$/) })).min(1),
  lunarDayAfter: z.array(z.string()).min(1),
});
const lexicon = datesLexiconSchema.parse(datesJson);
// A weekday or a part of the day may stand between: "18号周六上午安装", "22号下午送货".
const scheduledAfter = new RegExp(
  `^\\s*的?\\s*(?:(?:周|星期|礼拜).)?\\s*(?:上午|下午|中午|晚上|早上)?\\s*(?:${lexicon.scheduledAfter.join('|')})`,
);
const scheduledBefore = new RegExp(`(?:${lexicon.scheduledBefore.join('|')})(?:了|的是|的|在)?\\s*$`);

type Resolve = (m: RegExpMatchArray, today: CalendarDate) => CalendarDate | undefined;
interface Rule {
  pattern: RegExp;
  resolve: Resolve;
}

const n = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const year4 = '((?:19|20)\\d{2}|[零〇一二三四五六七八九]{4})';
const yearWord = '(去年|今年|前年|明年)';
const part = '(初|底|末|中旬|中|上旬|下旬)';
// The look-ahead first: a pattern that opens with a look-behind tries it at every position, ten times the cost.
const notAfterNumber = '(?=[\\d一二两三四五六七八九十])(?<![\\d.一二两三四五六七八九十百千万])';
// A festival followed by 前 is a deadline ("说好除夕前送到"), not a day something happened (but 前一天 is one).
const notDeadline = '(?!\\s*(?:之前|以前|前(?![一两二三几]天)))';
const lunarMonths: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };
const lunarMonth = '(正|冬|腊)';
const lunarDay =
  '初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十';
/** 初八 → 8, 十五 → 15, 廿三 → 23, 三十 → 30. */
function lunarDayNumber(word: string): number | undefined {
  if (word.startsWith('初')) return num(word.slice(1));
  if (word.startsWith('廿')) return 20 + (word.length > 1 ? (num(word.slice(1)) ?? 0) : 0);
  return num(word);
}
const yearOffsets: Record<string, number> = { 去年: -1, 今年: 0, 前年: -2, 明年: 1 };
const monthOffsets: Record<string, number> = { 上上: -2, 上: -1, 这: 0, 本: 0 };
const weekdays: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 末: 6 };
const agoUnits: Record<string, (today: CalendarDate, count: number) => CalendarDate> = {
  天: (t, k) => addDays(t, -k),
  日: (t, k) => addDays(t, -k),
  周: (t, k) => addDays(t, -7 * k),
  星期: (t, k) => addDays(t, -7 * k),
  礼拜: (t, k) => addDays(t, -7 * k),
  月: (t, k) => addMonths(t, -k),
  年: (t, k) => addMonths(t, -12 * k),
};
const halfAgo: Record<string, (today: CalendarDate) => CalendarDate> = {
  天: (t) => t,
  月: (t) => addDays(t, -15),
  年: (t) => addMonths(t, -6),
};

const num = (s: string | undefined) => (s === undefined ? undefined : parseNumber(s));
const past = (d: CalendarDate | undefined, today: CalendarDate) => (d && compareDates(d, today) <= 0 ? d : undefined);

// 初 is the 1st, 中 the 15th, 底/末 the last day: the customer's own approximation.
function dayOfPart(year: number, month: number, p: string | undefined): number {
  if (p === '底' || p === '末') return daysInMonth(year, month);
  if (p === '中' || p === '中旬') return 15;
  if (p === '下旬') return 21;
  return 1;
}

/** "8月29号取", "预约了5号的体检": the date is a booking still to come when this year's (this month's) one lies ahead. */
function isScheduled(m: RegExpMatchArray): boolean {
  const before = m.input!.slice(Math.max(0, m.index! - 8), m.index);
  return scheduledAfter.test(m.input!.slice(m.index! + m[0].length)) || scheduledBefore.test(before);
}

// A month and day without a year: this year, or last year if that is still to come — unless it is a booking.
function recentMonthDay(month: number | undefined, day: number | undefined, today: CalendarDate, m?: RegExpMatchArray) {
  if (month === undefined || day === undefined) return undefined;
  const thisYear = makeDate(today.year, month, day);
  if (thisYear && compareDates(thisYear, today) > 0 && m && isScheduled(m)) return undefined;
  return past(thisYear, today) ?? makeDate(today.year - 1, month, day);
}

// A day of the month alone: this month, or the latest earlier month that has it — unless it is a booking ahead.
function recentDay(day: number | undefined, today: CalendarDate, m: RegExpMatchArray) {
  if (day === undefined) return undefined;
  const thisMonth = makeDate(today.year, today.month, day);
  if (thisMonth && compareDates(thisMonth, today) > 0 && isScheduled(m)) return undefined;
  for (let back = 0; back < 3; back++) {
    const month = addMonths({ ...today, day: 1 }, -back);
    const date = past(makeDate(month.year, month.month, day), today);
    if (date) return date;
  }
  return undefined;
}

function monthWithPart(year: number, month: number | undefined, p: string | undefined, day?: number) {
  if (month === undefined || month < 1 || month > 12) return undefined;
  return makeDate(year, month, day ?? dayOfPart(year, month, p));
}

const rules: Rule[] = [
  {
    // 2026-11-05, 2026/11/5, 2026.11.5, 2026年11月5日
    pattern: /(?=[12])(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*[日号]?/g,
    resolve: (m, t) => past(makeDate(Number(m[1]), Number(m[2]), Number(m[3])), t),
  },
  {
    // 二零二六年十一月五日
    pattern: new RegExp(`${year4}\\s*年\\s*${n}\\s*月\\s*${n}\\s*[日号]?`, 'g'),
    resolve: (m, t) => past(makeDate(num(m[1])!, num(m[2])!, num(m[3])!), t),
  },
  {
    // 2026年3月, 2025年12月底
    pattern: new RegExp(`${year4}\\s*年\\s*${n}\\s*月份?${part}?`, 'g'),
    resolve: (m, t) => past(monthWithPart(num(m[1])!, num(m[2]), m[3]), t),
  },
  {
    // 去年12月25号
    pattern: new RegExp(`${yearWord}\\s*${n}\\s*月\\s*${n}\\s*[日号]?`, 'g'),
    resolve: (m, t) => past(makeDate(t.year + yearOffsets[m[1]!]!, num(m[2])!, num(m[3])!), t),
  },
  {
    // 去年12月, 今年3月底
    pattern: new RegExp(`${yearWord}\\s*${n}\\s*月份?${part}?`, 'g'),
    resolve: (m, t) => past(monthWithPart(t.year + yearOffsets[m[1]!]!, num(m[2]), m[3]), t),
  },
  ...lexicon.festivals.map(
    ({ pattern, monthDay }): Rule => ({
      // 双十一 is the most recent one; 去年双十一 the one of last year; "国庆前送到" is a deadline.
      pattern: new RegExp(`(?:${yearWord}\\s*)?(?:${pattern})${notDeadline}`, 'g'),
      resolve: (m, t) => {
        const [month, day] = monthDay.split('-').map(Number) as [number, number];
        if (m[1]) return past(makeDate(t.year + yearOffsets[m[1]]!, month, day), t);
        return recentMonthDay(month, day, t);
      },
    }),
  ),
  ...lexicon.lunarFestivals.map(
    ({ pattern, monthDay }): Rule => ({
      // 中秋 is the most recent one; 去年中秋 the one before; "除夕前送到" is a deadline.
      pattern: new RegExp(`(?:${yearWord}\\s*)?(?:${pattern})${notDeadline}`, 'g'),
      resolve: (m, t) => {
        const yearsBack = m[1] ? -yearOffsets[m[1]]! : 0;
        if (yearsBack < 0) return undefined;
        if (monthDay === 'eve') return recentLunarNewYearsEve(t, yearsBack);
        const [month, day] = monthDay.split('-').map(Number) as [number, number];
        return recentLunarDate(month, day, t, yearsBack);
      },
    }),
  ),
  {
    // 腊月二十六, 正月初八, 冬月十五, 八月初三: a lunar month and day (初 or the months' own names say lunar).
    pattern: new RegExp(`${lunarMonth}月(${lunarDay})|([一二三四五六七八九十]{1,2})月(初[一二三四五六七八九十])`, 'g'),
    resolve: (m, t) => {
      const month = lunarMonths[m[1]!] ?? num(m[3]);
      const day = lunarDayNumber(m[2] ?? m[4]!);
      return month === undefined || day === undefined ? undefined : recentLunarDate(month, day, t);
    },
  },
  {
    // 初六早上, 初三那天: a lunar day of the month (not 初一学生).
    pattern: new RegExp(`初(?<![月\\d]初)([一二三四五六七八九十])(?=${lexicon.lunarDayAfter.join('|')})`, 'g'),
    resolve: (m, t) => recentLunarDate(undefined, num(m[1])!, t),
  },
  {
    // 上个月初, 上个月底, 上个月15号, 这个月3号, 上上个月
    pattern: new RegExp(`(上上|上|这|本)个?月(?:的)?(?:${part}|${n}\\s*[号日])?`, 'g'),
    resolve: (m, t) => {
      const month = addMonths({ ...t, day: 1 }, monthOffsets[m[1]!]!);
      return past(monthWithPart(month.year, month.month, m[2], num(m[3])), t);
    },
  },
  {
    // 11月5日, 十一月五号, 七月二十号
    pattern: new RegExp(`${notAfterNumber}${n}\\s*月\\s*${n}\\s*[日号]?`, 'g'),
    resolve: (m, t) => recentMonthDay(num(m[1]), num(m[2]), t, m),
  },
  {
    // 11.5, 8.15, 12-24, 11/5: not a price (1.2万, 39.9元, 每平每月2.8), a size (1.5匹) nor a range (2-3天)
    pattern:
      /(?=\d)(?<![\d.¥$,:]|\d[\s-]|(?:每|单价|价格?|按|约|花了?|付了?|收了?)[^\s，,。]{0,3})(1[0-2]|0?[1-9])[./-](3[01]|[12]\d|0?[1-9])(?![\d.%])(?!\s*(?:元|块|万|千|折|倍|分|斤|公斤|克|米|寸|天|个|小时|周|年|月|次|人|台|件|岁|匹|平|方|一?度|毛|角|公里|升|瓦|层|k|w|g|l|cm|mm))/gi,
    resolve: (m, t) => recentMonthDay(Number(m[1]), Number(m[2]), t, m),
  },
  {
    // 3月, 11月份, 12月底
    pattern: new RegExp(`${notAfterNumber}${n}\\s*月份?${part}?(?![\\d一二两三四五六七八九十号日]|\\s*[\\d号日])`, 'g'),
    resolve: (m, t) => {
      const month = num(m[1]);
      const thisYear = past(monthWithPart(t.year, month, m[2]), t);
      return thisYear ?? monthWithPart(t.year - 1, month, m[2]);
    },
  },
  {
    // 3号, 25日: not 3号楼, 5号线, 1号电池
    pattern: new RegExp(
      `(?=[\\d一二两三四五六七八九十])(?<![\\d.月年第每周期拜/\\-一二两三四五六七八九十])${n}\\s*[号日](?![楼线门桌房床位店柜机口院馆仓台厅码球电车元内游]|货架|之内|以内|后|之后|以后)`,
      'g',
    ),
    resolve: (m, t) => recentDay(num(m[1]), t, m),
  },
  {
    // 上周三, 上星期二, 上礼拜六, 这周一, 本周三, 周五, 上周末, 下周一 (future)
    pattern: /(?<![每个])(上上个?|上个?|这个?|本|下下?个?)?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7]|末)/g,
    resolve: (m, t) => {
      const prefix = (m[1] ?? '').replace('个', '');
      const day = weekdays[m[2]!] ?? Number(m[2]);
      if (prefix.startsWith('下')) return undefined;
      if (prefix === '' && m[2] === '末') return undefined;
      const monday = addDays(t, 1 - isoWeekday(t));
      const weeksBack = prefix === '上上' ? 2 : prefix === '上' ? 1 : 0;
      const date = addDays(monday, 7 * -weeksBack + day - 1);
      if (prefix === '' && compareDates(date, t) > 0) return addDays(date, -7);
      return past(date, t);
    },
  },
  {
    // 上周, 上上个星期: the Monday of that week
    pattern: /(?<![每个])(上上|上)个?\s*(?:周|星期|礼拜)(?![一二三四五六日天1-7末])/g,
    resolve: (m, t) => addDays(t, 1 - isoWeekday(t) - 7 * (m[1] === '上上' ? 2 : 1)),
  },
  {
    // 今天, 昨晚, 前天, 大前天, 明天 (future)
    pattern: new RegExp(
      Object.keys(lexicon.relativeDays)
        .sort((a, b) => b.length - a.length)
        .join('|'),
      'g',
    ),
    resolve: (m, t) => past(addDays(t, lexicon.relativeDays[m[0]]!), t),
  },
  {
    // 三天前, 两周前, 一个月前, 半个月前
    pattern: /(\d{1,3}|[一二两三四五六七八九十]{1,3}|半|几)\s*个?\s*(天|日|周|星期|礼拜|月|年)\s*(?:前|之前|以前)/g,
    resolve: (m, t) => {
      if (m[1] === '半') return halfAgo[m[2]!]?.(t);
      const count = num(m[1]);
      return count === undefined ? undefined : agoUnits[m[2]!]!(t, count);
    },
  },
];

/** Every date expression in the normalised message, in order, resolved against the message's local date. */
export function findDateMentions(text: string, today: CalendarDate): DateMention[] {
  const all: DateMention[] = [];
  for (const { pattern, resolve } of rules) {
    for (const m of text.matchAll(pattern)) {
      all.push({ start: m.index, end: m.index + m[0].length, date: resolve(m, today) });
    }
  }
  // The longest reading wins where readings overlap: 上周三 over 上周, 十一月五号 over 五号.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMention[] = [];
  for (const mention of all) {
    if (!kept.some((k) => k.start < mention.end && mention.start < k.end)) kept.push(mention);
  }
  kept.sort((a, b) => a.start - b.start);
  // "12月5号周六": a weekday right after a date names the same day.
  return kept.filter(
    (m, i) =>
      i === 0 || !/^\s*(?:周|星期|礼拜)/.test(text.slice(kept[i - 1]!.end, m.end)) || m.start - kept[i - 1]!.end > 1,
  );
}
