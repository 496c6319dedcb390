import { z } from 'zod';
import { normalizeText } from '../../text/normalize-text.ts';

/** A rule file: cue patterns (optionally grouped by kind), context requirements, phrases to ignore, negation cues. */
export const cueRulesSchema = z.object({
  cues: z.union([z.array(z.string()), z.record(z.string(), z.array(z.string()))]),
  requireContext: z.record(z.string(), z.string()).default({}),
  ignore: z.array(z.string()).default([]),
  negation: z.array(z.string()).default([]),
  hypothetical: z.array(z.string()).default([]),
});
export type CueRules = z.input<typeof cueRulesSchema>;

export interface CueHit {
  kind: string;
  cue: string;
  /** "没有漏电": the customer says it did not happen */
  negated: boolean;
  /** "会不会漏电": a worry or a condition, not something that happened */
  hypothetical: boolean;
}

export interface CueMatcher {
  /** Every cue found in the text, each marked negated or hypothetical when its clause says so. */
  match(text: string): CueHit[];
  /** True when at least one cue is asserted: neither negated nor hypothetical. */
  asserts(text: string): boolean;
}

const clauseBreak = /[，,。.！!？?；;:：\n~～]|但是|不过|可是|只是|就是/;
const sentenceBreak = /[。！!？?\n]/;
// "没几天就漏电" asserts the leak: a negation scoped before one of these does not reach the cue.
const assertionBreak = /就|竟然|居然|结果|突然|又|都|还是|直接|马上|立马|一下/;
const falseNegation = /^(想到|料到|多久|几|多长|两天|三天|一会|过多久|注意到?|敢|用几|用多久|用了几|过几|一周|一个月|多少天)/;
const negationWindow = 8;

/** Compiles a rule file into a matcher; the patterns are regular expressions over normalised text. */
export function createCueMatcher(input: CueRules): CueMatcher {
  const rules = cueRulesSchema.parse(input);
  const groups = Array.isArray(rules.cues) ? { cue: rules.cues } : rules.cues;
  const cues = Object.entries(groups).flatMap(([kind, patterns]) =>
    patterns.map((pattern) => ({ kind, pattern, regex: new RegExp(pattern, 'g') })),
  );
  const contexts = Object.entries(rules.requireContext).map(([cue, context]) => ({
    cue: new RegExp(`^(?:${cue})$`),
    context: new RegExp(context),
  }));
  const ignore = rules.ignore.length ? new RegExp(rules.ignore.join('|'), 'g') : undefined;
  const negation = rules.negation.length ? new RegExp(`(?:${rules.negation.join('|')})`, 'g') : undefined;
  const hypothetical = rules.hypothetical.length ? new RegExp(rules.hypothetical.join('|')) : undefined;

  function match(text: string): CueHit[] {
    let normalized = normalizeText(text);
    if (ignore) normalized = normalized.replace(ignore, (m) => '□'.repeat(m.length));
    const hits: CueHit[] = [];
    for (const { kind, pattern, regex } of cues) {
      regex.lastIndex = 0;
      for (let m = regex.exec(normalized); m; m = regex.exec(normalized)) {
        if (m[0] === '') {
          regex.lastIndex++;
          continue;
        }
        const found = m[0];
        const at = m.index;
        const sentence = surrounding(normalized, at, found.length, sentenceBreak);
        const required = contexts.find((c) => c.cue.test(pattern) || c.cue.test(found));
        if (required && !required.context.test(sentence.replace(found, ''))) continue;
        const clauseBefore = before(normalized, at, clauseBreak);
        hits.push({
          kind,
          cue: found,
          negated: isNegated(clauseBefore),
          hypothetical: hypothetical !== undefined && hypothetical.test(clauseBefore),
        });
      }
    }
    return hits;
  }

  function isNegated(clauseBefore: string): boolean {
    if (!negation) return false;
    const window = clauseBefore.slice(-negationWindow - 4);
    negation.lastIndex = 0;
    let negated = false;
    for (let m = negation.exec(window); m; m = negation.exec(window)) {
      const rest = window.slice(m.index + m[0].length);
      if (rest.length > negationWindow) continue;
      negated = !falseNegation.test(rest) && !assertionBreak.test(rest);
    }
    return negated;
  }

  return { match, asserts: (text) => match(text).some((h) => !h.negated && !h.hypothetical) };
}

function before(text: string, at: number, breaks: RegExp): string {
  const head = text.slice(0, at);
  const parts = head.split(breaks);
  return parts[parts.length - 1] ?? '';
}

function surrounding(text: string, at: number, length: number, breaks: RegExp): string {
  return before(text, at, breaks) + text.slice(at).split(breaks)[0]!.slice(0, Math.max(length, 60));
}
