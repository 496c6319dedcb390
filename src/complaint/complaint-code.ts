import { isoDay } from '../time/wall-clock.ts';

/** 唯一标识代码: TS-YYYYMMDD-NNNN, the day in the business time zone and that day's running number. */
export const complaintCodePattern = /TS-\d{8}-\d{4,}/i;

/** The business calendar day of `now` as YYYYMMDD. */
export function businessDay(now: Date, timeZone: string): string {
  return isoDay(now, timeZone).replaceAll('-', '');
}

/** Formats the n-th complaint code of a day. */
export function formatComplaintCode(day: string, n: number): string {
  return `TS-${day}-${String(n).padStart(4, '0')}`;
}

/** Finds a complaint code in customer text ("ts-20261128-0007", "TS－20261128－0007"), upper-cased. */
export function findComplaintCode(text: string): string | undefined {
  return text.normalize('NFKC').match(complaintCodePattern)?.[0]?.toUpperCase();
}
