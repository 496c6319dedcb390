import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatDate, isoWeekday, localDate, makeDate } from './calendar-date.ts';

describe('localDate', () => {
  it.each([
    ['2026-11-27T16:30:00Z', 'Asia/Shanghai', '2026-11-28'],
    ['2026-11-27T15:59:59Z', 'Asia/Shanghai', '2026-11-27'],
    ['2026-11-27T16:30:00Z', 'UTC', '2026-11-27'],
    ['2026-01-01T03:00:00Z', 'America/New_York', '2025-12-31'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(formatDate(localDate(new Date(instant), zone))).toBe(expected);
  });
});

describe('calendar arithmetic', () => {
  const d = (iso: string) => {
    const [y, m, day] = iso.split('-').map(Number);
    return makeDate(y!, m!, day!)!;
  };

  it.each([
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-11-28', 10, '2026-12-08'],
  ])('%s plus %d days is %s', (from, days, expected) => {
    expect(formatDate(addDays(d(from), days))).toBe(expected);
  });

  it.each([
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-11-28', -12, '2025-11-28'],
  ])('%s plus %d months is %s', (from, months, expected) => {
    expect(formatDate(addMonths(d(from), months))).toBe(expected);
  });

  it.each([
    ['2026-11-23', 1],
    ['2026-11-28', 6],
    ['2026-11-29', 7],
  ])('%s is ISO weekday %d', (date, weekday) => {
    expect(isoWeekday(d(date))).toBe(weekday);
  });

  it.each([
    [2026, 2, 29],
    [2026, 13, 1],
    [2026, 4, 31],
    [2026, 0, 1],
  ])('%d-%d-%d is not a date', (y, m, day) => {
    expect(makeDate(y, m, day)).toBeUndefined();
  });
});
