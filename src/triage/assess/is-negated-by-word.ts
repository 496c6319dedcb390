import { negationReach } from './mark-clauses.ts';

/**
 * Whether a negation word in the clause before a cue denies it: "没有漏电" yes; "没想到会漏电", "没几天就漏电",
 * "没有防护罩手被割伤" no (rules/clauses.json bounds the reach). The last negation word decides.
 */
export function isNegatedByWord(clauseBefore: string, negation: RegExp): boolean {
  const { window, notNegating, assertionBreaks } = negationReach;
  const tail = clauseBefore.slice(-window - 4);
  let negated = false;
  negation.lastIndex = 0;
  for (let m = negation.exec(tail); m; m = negation.exec(tail)) {
    const rest = tail.slice(m.index + m[0].length);
    if (rest.length > window) continue;
    negated = !notNegating.test(rest) && !assertionBreaks.test(rest);
  }
  return negated;
}
