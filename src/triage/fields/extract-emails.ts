import type { Found } from './mask-spans.ts';

const email =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z])/g;

/** Every e-mail address in the message, lower-cased, in order. */
export function extractEmails(text: string): Found<string>[] {
  return [...text.matchAll(email)].map((m) => ({
    value: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
