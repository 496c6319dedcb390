import { z } from 'zod';
import unknownJson from './lexicon/order-number-unknown.json' with { type: 'json' };

const unknownLexiconSchema = z.object({
  $comment: z.string().optional(),
  labels: z.array(z.string()).min(1),
  unknownAfter: z.array(z.string()).min(1),
  unknownBefore: z.array(z.string()).min(1),
});

const lexicon = unknownLexiconSchema.parse(unknownJson);
const label = new RegExp(lexicon.labels.join('|'), 'g');
const unknownAfter = lexicon.unknownAfter.map((p) => new RegExp(p));
const unknownBefore = lexicon.unknownBefore.map((p) => new RegExp(p));
const lookAround = 10;

/** True when the customer says they do not know or cannot find the order number ("订单号忘了", "没有订单号"). */
export function detectUnknownOrderNumber(text: string): boolean {
  for (const m of text.matchAll(label)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + lookAround);
    const head = text.slice(Math.max(0, m.index - lookAround), m.index);
    if (unknownAfter.some((p) => p.test(rest)) || unknownBefore.some((p) => p.test(head))) return true;
  }
  return false;
}
