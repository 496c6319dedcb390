import { z } from 'zod';
import { normalizeText } from '../../text/normalize-text.ts';
import rulesJson from './rules/emotion.json' with { type: 'json' };

const rules = z
  .object({ strong: z.array(z.string()), moderate: z.array(z.string()), marks: z.record(z.string(), z.string()) })
  .parse(rulesJson);
const strong = new RegExp(rules.strong.join('|'), 'g');
const moderate = new RegExp(rules.moderate.join('|'), 'g');
const marks = Object.values(rules.marks).map((m) => new RegExp(m, 'u'));

/** How angry the message reads: 0 calm, 1 annoyed, 2 angry, 3 furious. */
export type AngerLevel = 0 | 1 | 2 | 3;

/** Scores anger from abusive words (2 each), annoyed words (1 each) and !!!/???/angry emoji (1 each), capped at 3. */
export function measureAnger(text: string): AngerLevel {
  const normalized = normalizeText(text);
  const score =
    (normalized.match(strong)?.length ?? 0) * 2 +
    (normalized.match(moderate)?.length ?? 0) +
    marks.filter((m) => m.test(text)).length;
  return Math.min(3, score) as AngerLevel;
}
