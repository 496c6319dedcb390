import { addDays, type CalendarDate, compareDates } from './calendar-date.ts';

// The Chinese (lunisolar) calendar, from the ICU data Node ships with: 腊月二十六, 正月初八, 中秋 (八月十五) and 端午 (五月
// 初五) fall on a different Gregorian day every year.
const chinese = new Intl.DateTimeFormat('en-u-ca-chinese', {
  timeZone: 'UTC',
  month: 'numeric',
  day: 'numeric',
});

/** The lunar month and day of a Gregorian date; a leap month ("6bis") has month undefined. */
function lunarOf(date: CalendarDate): { month: number | undefined; day: number } {
  const parts = chinese.formatToParts(new Date(Date.UTC(date.year, date.month - 1, date.day)));
  const month = parts.find((p) => p.type === 'month')!.value;
  const day = Number(parts.find((p) => p.type === 'day')!.value);
  return { month: /^\d+$/.test(month) ? Number(month) : undefined, day };
}

// Far enough back for 去年 and the year before (a lunar year has 12 or 13 months).
const searchMonths = 40;

/**
 * The most recent day on or before `today` with the given lunar day, in the given lunar month (any month when
 * undefined); `yearsBack` skips that many earlier ones (去年中秋 is the one before the most recent). Walks back month by
 * month, two calendar lookups a month.
 */
export function recentLunarDate(
  month: number | undefined,
  day: number,
  today: CalendarDate,
  yearsBack = 0,
): CalendarDate | undefined {
  let skip = yearsBack;
  let first = addDays(today, 1 - lunarOf(today).day);
  let length = 30;
  for (let n = 0; n < searchMonths; n++) {
    const lunar = lunarOf(first);
    const date = addDays(first, day - 1);
    const matches = lunar.month !== undefined && (month === undefined || lunar.month === month) && day <= length;
    if (matches && compareDates(date, today) <= 0) {
      if (skip === 0) return date;
      skip--;
    }
    const lastOfPrevious = addDays(first, -1);
    length = lunarOf(lastOfPrevious).day;
    first = addDays(lastOfPrevious, 1 - length);
  }
  return undefined;
}

/** The most recent 除夕 (the last day of the lunar year) on or before `today`. */
export function recentLunarNewYearsEve(today: CalendarDate, yearsBack = 0): CalendarDate | undefined {
  const newYear = recentLunarDate(1, 1, addDays(today, 1), yearsBack);
  return newYear && addDays(newYear, -1);
}
