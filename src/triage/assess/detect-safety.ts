import { createCueMatcher } from './match-cues.ts';
import rules from './rules/safety.json' with { type: 'json' };

const matcher = createCueMatcher(rules);

/** The kinds of danger SPEC §4 makes critical. */
export type SafetyKind = 'injury' | 'food' | 'health' | 'environment';

/** Which kinds of danger the customer reports as real (negated and hypothetical mentions do not count). */
export function detectSafety(text: string): SafetyKind[] {
  const kinds = new Set<SafetyKind>();
  for (const hit of matcher.match(text)) if (!hit.negated && !hit.hypothetical) kinds.add(hit.kind as SafetyKind);
  return [...kinds];
}
