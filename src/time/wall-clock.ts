// Instants read on the wall clock of a time zone, independent of the machine's TZ. Intl formatters are costly to
// build, so there is one per zone, made on first use.

/** What a clock on the wall in `timeZone` shows at an instant; month 1-12, hour 0-23. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The last reading per zone: a batch or a turn asks about the same instant many times. */
const lastReading = new Map<string, { time: number; clock: Readonly<WallClock> }>();

/** The wall clock in `timeZone` at an instant. */
export function wallClock(at: Date, timeZone: string): Readonly<WallClock> {
  const last = lastReading.get(timeZone);
  if (last?.time === at.getTime()) return last.clock;
  const clock = readWallClock(at, timeZone);
  lastReading.set(timeZone, { time: at.getTime(), clock });
  return clock;
}

function readWallClock(at: Date, timeZone: string): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of format.formatToParts(at)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

/** The calendar date of an instant in `timeZone`, as YYYY-MM-DD. */
export function isoDay(at: Date, timeZone: string): string {
  const { year, month, day } = wallClock(at, timeZone);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The time of day of an instant in `timeZone`, as HH:mm. */
export function hourMinute(at: Date, timeZone: string): string {
  const { hour, minute } = wallClock(at, timeZone);
  return `${pad(hour)}:${pad(minute)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
