import { z } from 'zod';
import { normalizeText } from '../../text/normalize-text.ts';
import clausesJson from './rules/clauses.json' with { type: 'json' };

const clausesSchema = z.object({
  sentenceBreaks: z.string(),
  clauseBreaks: z.string(),
  clauseBreakWords: z.object({ pattern: z.string() }),
  negation: z.object({ window: z.number().int().positive(), notNegating: z.string(), assertionBreaks: z.string() }),
});
const clauses = clausesSchema.parse(clausesJson);

/** The characters the matcher reserves: clause mark, cue marker, blanked text. */
const reserved = /[¦◆□]/g;
const clauseBreak = new RegExp(clauses.clauseBreaks, 'g');
const clauseBreakWord = new RegExp(clauses.clauseBreakWords.pattern, 'g');
const sentenceBreak = new RegExp(clauses.sentenceBreaks);
const notClauseMark = /[^¦]/g;

/** How far and how a negation word reaches (rules/clauses.json). */
export const negationReach = {
  window: clauses.negation.window,
  notNegating: new RegExp(clauses.negation.notNegating),
  assertionBreaks: new RegExp(clauses.negation.assertionBreaks),
};

/**
 * Normalises text for cue matching: NFKC and lower case, every clause break written `¦` (a mark is put in front
 * of words like 但是; sentence breaks stay as they are), then `ignore` phrases blanked to `□`.
 */
export function markClauses(text: string, ignore?: RegExp): string {
  const marked = normalizeText(text).replace(reserved, ' ').replace(clauseBreak, '¦').replace(clauseBreakWord, '¦$&');
  return ignore ? marked.replace(ignore, (m) => m.replace(notClauseMark, '□')) : marked;
}

/** The start and end of the sentence around `at` in marked text. */
export function sentenceAround(marked: string, at: number, length: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !sentenceBreak.test(marked[start - 1]!)) start--;
  let end = at + length;
  while (end < marked.length && !sentenceBreak.test(marked[end]!)) end++;
  return { start, end };
}
