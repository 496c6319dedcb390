import { createCueMatcher } from './match-cues.ts';
import rules from './rules/spillover.json' with { type: 'json' };

const matcher = createCueMatcher(rules);

/** True when the customer means to take the dispute outside (12315, media, court…) or is complaining again. */
export function detectSpillover(text: string): boolean {
  return matcher.asserts(text);
}
