import { type CompiledCueRules, type CompiledGroup, compileCueRules } from './compile-cue-rules.ts';
import { isNegatedByWord } from './is-negated-by-word.ts';
import { findSentenceBreaks, markClauses, sentenceAround } from './mark-clauses.ts';

export interface CueHit {
  kind: string;
  cue: string;
  /** "没有漏电", "12315我就不打了": the customer says it did not happen or will not */
  negated: boolean;
  /** "会不会漏电", "听说会漏电": a worry, a question or hearsay, not something that happened */
  hypothetical: boolean;
}

export interface CueMatcher {
  /** Every cue found in the text, each marked negated or hypothetical when its sentence says so. */
  match(text: string): CueHit[];
  /** True when at least one cue is asserted: neither negated nor hypothetical. */
  asserts(text: string): boolean;
  /** The kinds the rule file's groups report. */
  kinds: string[];
}

/** Compiles a cue file (see compile-cue-rules.ts) into a matcher; all regular expressions are built here, once. */
export function createCueMatcher(input: unknown): CueMatcher {
  const rules = compileCueRules(input);

  function match(text: string): CueHit[] {
    const marked = markClauses(text, rules.ignore);
    const hits: CueHit[] = [];
    let breaks: number[] | undefined;
    for (const group of rules.groups) {
      const { regex } = group;
      regex.lastIndex = 0;
      for (let m = regex.exec(marked); m; m = regex.exec(marked)) {
        if (m[0] === '') {
          regex.lastIndex++;
          continue;
        }
        breaks ??= findSentenceBreaks(marked);
        const hit = readHit(rules, group, marked, breaks, m.index, m[0]);
        if (hit) hits.push(hit);
      }
    }
    return hits;
  }

  return {
    match,
    asserts: (text) => match(text).some((h) => !h.negated && !h.hypothetical),
    kinds: [...new Set(rules.groups.map((g) => g.kind))],
  };
}

/** Judges one match in its sentence: undefined when its group's context is missing (or its `unless` present). */
function readHit(
  rules: CompiledCueRules,
  group: CompiledGroup,
  marked: string,
  breaks: number[],
  at: number,
  cue: string,
): CueHit | undefined {
  const { start, end } = sentenceAround(breaks, marked.length, at, cue.length);
  const scope = `${marked.slice(start, at)}◆${marked.slice(at + cue.length, end)}`;
  if (group.context && !group.context.test(contextOf(group, marked, at, cue, scope))) return undefined;
  if (group.unless?.test(scope)) return undefined;
  const clauseBefore = marked.slice(Math.max(start, marked.lastIndexOf('¦', at - 1) + 1), at);
  const negated =
    (rules.negation !== undefined && isNegatedByWord(clauseBefore, rules.negation)) ||
    (rules.denied?.test(scope) ?? false);
  const hypothetical = rules.hypothetical?.test(scope) ?? false;
  return { kind: group.kind, cue, negated, hypothetical };
}

/** Where a group looks for its context: the cue's clause, its sentence or the whole text, the cue written `◆`. */
function contextOf(group: CompiledGroup, marked: string, at: number, cue: string, scope: string): string {
  if (group.contextWithin === 'text') return `${marked.slice(0, at)}◆${marked.slice(at + cue.length)}`;
  if (group.contextWithin === 'sentence') return scope;
  const cueAt = scope.indexOf('◆');
  const clauseEnd = scope.indexOf('¦', cueAt);
  return scope.slice(scope.lastIndexOf('¦', cueAt) + 1, clauseEnd < 0 ? undefined : clauseEnd);
}
