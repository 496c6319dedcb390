import { createCueMatcher } from './match-cues.ts';
import rules from './rules/safety.json' with { type: 'json' };

const safetyKinds = ['injury', 'food', 'health', 'environment'] as const;

/** The kinds of danger SPEC §4 makes critical. */
export type SafetyKind = (typeof safetyKinds)[number];

const isSafetyKind = (kind: string): kind is SafetyKind => (safetyKinds as readonly string[]).includes(kind);

const matcher = createCueMatcher(rules);
const unknownKinds = matcher.kinds.filter((kind) => !isSafetyKind(kind));
if (unknownKinds.length) throw new Error(`rules/safety.json reports unknown kinds: ${unknownKinds.join(', ')}`);

/** Which kinds of danger the customer reports as real (negated and hypothetical mentions do not count). */
export function detectSafety(text: string): SafetyKind[] {
  const kinds = new Set<SafetyKind>();
  for (const hit of matcher.match(text))
    if (!hit.negated && !hit.hypothetical && isSafetyKind(hit.kind)) kinds.add(hit.kind);
  return [...kinds];
}
