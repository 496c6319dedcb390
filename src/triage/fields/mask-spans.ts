/** A stretch of the normalised message that one extractor has claimed. */
export interface Span {
  start: number;
  end: number;
}

/** What an extractor found and where, so later extractors can skip it. */
export interface Found<T> extends Span {
  value: T;
}

const blank = '▒';

/** Blanks the spans out (same length, so offsets stay valid) so that a phone is never re-read as an amount or a date. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  let masked = text;
  for (const { start, end } of spans) {
    const to = Math.min(end, text.length);
    if (to > start) masked = masked.slice(0, start) + blank.repeat(to - start) + masked.slice(to);
  }
  return masked;
}
