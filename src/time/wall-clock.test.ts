import { describe, expect, it } from 'vitest';
import { hourMinute, isoDay, wallClock } from './wall-clock.ts';

describe('wall clock', () => {
  it('reads an instant in the given zone, not the machine’s', () => {
    const at = new Date('2026-11-28T16:05:09Z');
    expect(wallClock(at, 'Asia/Shanghai')).toEqual({ year: 2026, month: 11, day: 29, hour: 0, minute: 5, second: 9 });
    expect(wallClock(at, 'America/New_York')).toEqual({
      year: 2026,
      month: 11,
      day: 28,
      hour: 11,
      minute: 5,
      second: 9,
    });
  });

  it('formats the day as YYYY-MM-DD and the time as HH:mm, midnight as 00:00', () => {
    const midnight = new Date('2026-02-28T16:00:00Z');
    expect(isoDay(midnight, 'Asia/Shanghai')).toBe('2026-03-01');
    expect(hourMinute(midnight, 'Asia/Shanghai')).toBe('00:00');
    expect(isoDay(new Date('2026-01-05T01:02:00Z'), 'Asia/Shanghai')).toBe('2026-01-05');
  });
});
