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
const sentenceBreak = new RegExp(clauses.sentenceBreaks, 'g');
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

/** Positions of the sentence breaks in marked text, in order. */
export function findSentenceBreaks(marked: string): number[] {
  const breaks: number[] = [];
  sentenceBreak.lastIndex = 0;
  for (let m = sentenceBreak.exec(marked); m; m = sentenceBreak.exec(marked)) breaks.push(m.index);
  return breaks;
}

/** The start and end of the sentence around a match at `at` of `length` characters. */
export function sentenceAround(breaks: number[], textLength: number, at: number, length: number) {
  let start = 0;
  let end = textLength;
  for (const b of breaks) {
    if (b < at) start = b + 1;
    else if (b >= at + length) {
      end = b;
      break;
    }
  }
  return { start, end };
}
