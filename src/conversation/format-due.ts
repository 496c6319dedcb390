import { hourMinute, isoDay } from '../time/wall-clock.ts';

/** A deadline as a customer reads it, in the business time zone: "今天18:30前", "明天09:00前", "11月30日18:30前". */
export function formatDue(due: Date, now: Date, timeZone: string): string {
  const day = isoDay(due, timeZone);
  const time = hourMinute(due, timeZone);
  if (day === isoDay(now, timeZone)) return `今天${time}前`;
  if (day === isoDay(new Date(now.getTime() + 86_400_000), timeZone)) return `明天${time}前`;
  const [, month, date] = day.split('-');
  return `${Number(month)}月${Number(date)}日${time}前`;
}

/** Hours as a customer reads them: "2小时内", "24小时内", "7天内". */
export function formatHours(hours: number): string {
  return hours >= 48 && hours % 24 === 0 ? `${hours / 24}天内` : `${hours}小时内`;
}

/** An interval as a customer reads it: "48小时", "2天". */
export function formatInterval(hours: number): string {
  return hours >= 72 && hours % 24 === 0 ? `${hours / 24}天` : `${hours}小时`;
}
