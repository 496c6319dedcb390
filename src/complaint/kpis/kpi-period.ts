import { z } from 'zod';
import { isoDay, wallClock } from '../../time/wall-clock.ts';

const dayMs = 86_400_000;

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD / expected an ISO date YYYY-MM-DD' })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && toDay(Date.parse(`${d}T00:00:00Z`)) === d, {
    error: '不存在的日期 / no such date',
  });

/** Whole days from `from` to `to`, both included, in the business time zone, and the instants that bound them. */
export interface DayRange {
  from: string;
  to: string;
  days: number;
  /** the first instant of `from` */
  start: Date;
  /** the first instant after `to` */
  end: Date;
}

/** 统计周期: the period reported on, and the previous period of the same length it is compared with. */
export interface KpiPeriod extends DayRange {
  previous: DayRange;
}

/** The default statistics period: the last 30 days, today included. */
export const defaultPeriodDays = 30;

/**
 * The period of a KPI request: `from`..`to` as given; a missing `to` is today, a missing `from` is 30 days up to
 * `to`. A kind error when `from` is after `to`.
 */
export function resolvePeriod(
  input: { from?: string; to?: string },
  now: Date,
  timeZone: string,
): { ok: true; period: KpiPeriod } | { ok: false; message: string } {
  const to = input.to ?? isoDay(now, timeZone);
  const from = input.from ?? addDays(to, -(defaultPeriodDays - 1));
  if (from > to) return { ok: false, message: 'from 不能晚于 to / from must not be after to' };
  const current = dayRange(from, to, timeZone);
  const previous = dayRange(addDays(from, -current.days), addDays(from, -1), timeZone);
  return { ok: true, period: { ...current, previous } };
}

/** The days `from`..`to` (inclusive) as a range of instants in `timeZone`. */
export function dayRange(from: string, to: string, timeZone: string): DayRange {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs) + 1;
  return { from, to, days, start: startOfDay(from, timeZone), end: startOfDay(addDays(to, 1), timeZone) };
}

/** The date `n` days after `day` (before, for negative `n`). */
export function addDays(day: string, n: number): string {
  return toDay(Date.parse(`${day}T00:00:00Z`) + n * dayMs);
}

/** How many days of `a` fall inside `b` (both inclusive date ranges). */
export function overlapDays(a: { from: string; to: string }, b: { from: string; to: string }): number {
  // ISO dates order as strings
  const from = [a.from, b.from].sort()[1]!;
  const to = [a.to, b.to].sort()[0]!;
  if (from > to) return 0;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs) + 1;
}

/** The first instant of `day` in `timeZone`. */
export function startOfDay(day: string, timeZone: string): Date {
  const guess = Date.parse(`${day}T00:00:00Z`);
  const first = guess - offsetMs(new Date(guess), timeZone);
  // across a daylight-saving change the offset at the answer can differ from the one at the guess
  return new Date(guess - offsetMs(new Date(first), timeZone));
}

function offsetMs(at: Date, timeZone: string): number {
  const c = wallClock(at, timeZone);
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
