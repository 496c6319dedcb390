import { describe, expect, it } from 'vitest';
import { addDays, isoDateSchema, overlapDays, resolvePeriod, startOfDay } from './kpi-period.ts';

const tz = 'Asia/Shanghai';
const now = new Date('2026-11-28T10:00:00+08:00');

describe('resolvePeriod', () => {
  it('defaults to the last 30 days up to today, compared with the 30 days before', () => {
    const r = resolvePeriod({}, now, tz);
    expect(r.ok && r.period).toMatchObject({
      from: '2026-10-30',
      to: '2026-11-28',
      days: 30,
      start: new Date('2026-10-30T00:00:00+08:00'),
      end: new Date('2026-11-29T00:00:00+08:00'),
      previous: { from: '2026-09-30', to: '2026-10-29', days: 30 },
    });
  });

  it.each([
    [{ from: '2026-11-01', to: '2026-11-30' }, '2026-11-01', '2026-11-30', '2026-10-02', '2026-10-31'],
    [{ from: '2026-11-01' }, '2026-11-01', '2026-11-28', '2026-10-04', '2026-10-31'],
    [{ to: '2026-10-31' }, '2026-10-02', '2026-10-31', '2026-09-02', '2026-10-01'],
    [{ from: '2026-03-01', to: '2026-03-01' }, '2026-03-01', '2026-03-01', '2026-02-28', '2026-02-28'],
  ])('%o → %s..%s after %s..%s', (input, from, to, pfrom, pto) => {
    const r = resolvePeriod(input, now, tz);
    expect(r.ok && [r.period.from, r.period.to, r.period.previous.from, r.period.previous.to]).toEqual([
      from,
      to,
      pfrom,
      pto,
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(resolvePeriod({ from: '2026-11-02', to: '2026-11-01' }, now, tz).ok).toBe(false);
  });
});

describe('dates', () => {
  it.each(['2026-11-28', '2024-02-29'])('accepts %s', (d) => expect(isoDateSchema.safeParse(d).success).toBe(true));
  it.each(['2026-02-30', '2026-13-01', '20261128', '2026-11-28T00:00:00Z', ''])('refuses %s', (d) =>
    expect(isoDateSchema.safeParse(d).success).toBe(false),
  );

  it('counts overlapping days, both ends included', () => {
    const nov = { from: '2026-11-01', to: '2026-11-30' };
    expect(overlapDays(nov, nov)).toBe(30);
    expect(overlapDays({ from: '2026-10-25', to: '2026-11-05' }, nov)).toBe(5);
    expect(overlapDays({ from: '2026-12-01', to: '2026-12-31' }, nov)).toBe(0);
  });

  it('finds the first instant of a day in the time zone, across daylight saving too', () => {
    expect(startOfDay('2026-11-28', tz)).toEqual(new Date('2026-11-27T16:00:00Z'));
    expect(startOfDay('2026-03-08', 'America/New_York')).toEqual(new Date('2026-03-08T05:00:00Z'));
    expect(startOfDay('2026-03-09', 'America/New_York')).toEqual(new Date('2026-03-09T04:00:00Z'));
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
