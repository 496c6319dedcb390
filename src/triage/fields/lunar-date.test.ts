import { describe, expect, it } from 'vitest';
import { formatDate } from './calendar-date.ts';
import { recentLunarDate, recentLunarNewYearsEve } from './lunar-date.ts';

// 2026-03-10 is 正月廿二 of the lunar year that began on 2026-02-17.
const today = { year: 2026, month: 3, day: 10 };
const format = (date: ReturnType<typeof recentLunarDate>) => date && formatDate(date);

describe('recentLunarDate', () => {
  it.each([
    [12, 26, 0, '2026-02-13'],
    [1, 8, 0, '2026-02-24'],
    [8, 15, 0, '2025-10-06'],
    [8, 15, 1, '2024-09-17'],
    [5, 5, 0, '2025-05-31'],
  ])('finds lunar %i/%i (%i years back) on %s', (month, day, yearsBack, expected) => {
    expect(format(recentLunarDate(month, day, today, yearsBack))).toBe(expected);
  });

  it('finds a lunar day in the current or last lunar month when no month is named', () => {
    expect(format(recentLunarDate(undefined, 6, today))).toBe('2026-02-22');
    expect(format(recentLunarDate(undefined, 25, today))).toBe('2026-02-12');
  });

  it('finds the last day of the lunar year', () => {
    expect(format(recentLunarNewYearsEve(today))).toBe('2026-02-16');
  });
});
