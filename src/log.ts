import { maskPersonalData } from './privacy/mask-personal-data.ts';

const levels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof levels)[number];
export type LogFields = Record<string, unknown>;

/** A structured logger whose every line has personal data masked (保密). */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Writes one line per entry: time, level, message and masked key=value fields. */
export function createLogger(options: { level: LogLevel; write?: (line: string) => void }): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const threshold = levels.indexOf(options.level);
  const log =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      if (levels.indexOf(level) < threshold) return;
      const rest = Object.entries(fields)
        .map(([key, value]) => `${key}=${formatValue(value)}`)
        .join(' ');
      write(maskPersonalData(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${rest ? ` ${rest}` : ''}`));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything: for tests and tools that print their own output. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function formatValue(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(value.message);
  if (typeof value === 'string') return /\s/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value) ?? 'undefined';
}
