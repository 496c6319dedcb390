import { z } from 'zod';
import negationJson from './lexicon/negation.json' with { type: 'json' };

const negationLexiconSchema = z.object({
  $comment: z.string().optional(),
  window: z.number().int().positive(),
  before: z.array(z.string()).min(1),
  after: z.array(z.string()).min(1),
  reassert: z.array(z.string()).min(1),
  hypothetical: z.array(z.string()).min(1),
  consequence: z.array(z.string()).min(1),
  promise: z.array(z.string()).min(1),
  history: z.array(z.string()).min(1),
  correction: z.array(z.string()).min(1),
});

const lexicon = negationLexiconSchema.parse(negationJson);
const anyOf = (patterns: string[], flags = '') => new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags);
const beforeCue = anyOf(lexicon.before, 'g');
const afterCue = anyOf(lexicon.after);
const reassert = anyOf(lexicon.reassert);
const hypothetical = anyOf(lexicon.hypothetical);
const consequence = anyOf(lexicon.consequence);
const history = anyOf(lexicon.history);
const promiseCue = anyOf(lexicon.promise, 'g');

/** Words that take back what the customer just wrote ("不对 是…", "说错了"): the value after them is the one meant. */
export const correction = anyOf(lexicon.correction);
// "如果可以的话" is politeness, not a condition.
const politeCondition = /^(?:如果|要是|假如)?(?:可以|能|方便|可能|行|允许|有可能|有空)的话$/;
const afterCondition = /^(?:我|你们)?(?:就|那就|那|那么|再|才|到时候?|到时)/;

/** True when a cue says the customer does not want the phrase: 不要赔偿 (`before` = 不要), 退款就算了 (`after` = 就算了). */
export function isNegated(before: string, after: string): boolean {
  beforeCue.lastIndex = 0;
  let negated = false;
  for (let m = beforeCue.exec(before); m; m = beforeCue.exec(before)) {
    const between = before.slice(m.index + m[0].length);
    negated = between.length <= lexicon.window && !reassert.test(between);
  }
  return negated || afterCue.test(after);
}

/** True when a cue before the phrase reports what the shop promised (说好今天送货), so the phrase is not asked for. */
export function isPromised(before: string): boolean {
  promiseCue.lastIndex = 0;
  let promised = false;
  for (let m = promiseCue.exec(before); m; m = promiseCue.exec(before)) {
    const between = before.slice(m.index + m[0].length);
    promised = between.length <= lexicon.window && !reassert.test(between);
  }
  return promised;
}

/** True when the text right after a phrase tells of the past, not a wish: 修过两次, 换了三次. */
export function isHistory(after: string): boolean {
  return history.test(after);
}

/**
 * Where a clause's consequence starts when the clause is a condition: "如果修不好再说退货" → at 再说, so 退货 is a plan
 * and 修 is the wish. `open` when the condition has no consequence in the clause (it may follow in the next one).
 */
export function findConsequence(clause: string): number | 'open' | undefined {
  const marker = hypothetical.exec(clause);
  if (!marker) return undefined;
  if (politeCondition.test(clause)) return undefined;
  const from = marker.index + marker[0].length;
  const rest = clause.slice(from);
  const de = marker[0] === '的话' ? -1 : rest.indexOf('的话');
  const cue = consequence.exec(rest);
  if (marker[0] === '的话') return from < clause.length ? from : 'open';
  if (cue && (de === -1 || cue.index < de)) return from + cue.index;
  if (de !== -1 && from + de + 2 < clause.length) return from + de + 2;
  // "要求免费换 不然退钱": after 不然/否则 comes the threat itself.
  if (/^(?:不然|否则)$/.test(marker[0]) && from < clause.length) return from;
  return 'open';
}

/** True when a clause following an open condition is its consequence: "如果修不好，就退货". */
export function continuesCondition(clause: string): boolean {
  return afterCondition.test(clause);
}
