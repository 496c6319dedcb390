import { z } from 'zod';
import { normalizeText } from '../../text/normalize-text.ts';
import rulesJson from './intents.json' with { type: 'json' };

export const intents = [
  'ask_human',
  'ask_status',
  'affirm',
  'deny',
  'greeting',
  'thanks',
  'goodbye',
  'new_issue',
  'withdraw',
  'complain',
  'question',
  'unknown',
  'grievance',
] as const;
export type Intent = (typeof intents)[number];

const rules = z.record(z.enum(intents), z.array(z.string())).parse(
  Object.fromEntries(Object.entries(rulesJson).filter(([key]) => key !== '$comment')),
);
const compiled = intents.map((intent) => ({ intent, regex: new RegExp((rules[intent] ?? []).join('|')) }));

/** The intents a message expresses (several can hold at once: "不对，电话是…" is a denial and a correction). */
export function detectIntents(text: string): Set<Intent> {
  const normalized = normalizeText(text).trim();
  return new Set(compiled.filter(({ regex }) => regex.source !== '(?:)' && regex.test(normalized)).map((c) => c.intent));
}
