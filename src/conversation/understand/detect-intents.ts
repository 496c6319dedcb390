import { z } from 'zod';
import { normalizeText } from '../../text/normalize-text.ts';
import rulesJson from './intents.json' with { type: 'json' };

export const intents = [
  'ask_human',
  'ask_bot',
  'ask_status',
  'refers_back',
  'ask_delivery',
  'has_evidence',
  'off_topic',
  'affirm',
  'deny',
  'correct',
  'refuse',
  'greeting',
  'thanks',
  'goodbye',
  'new_issue',
  'withdraw',
  'complain',
  'question',
  'request',
  'ask_info',
  'unknown',
  'grievance',
] as const;
export type Intent = (typeof intents)[number];

const rules = z
  .object({ intents: z.record(z.enum(intents), z.array(z.string())), notStory: z.array(z.string()) })
  .parse(rulesJson);
const compiled = intents.map((intent) => ({ intent, regex: new RegExp((rules.intents[intent] ?? []).join('|')) }));
const notStory = new RegExp(rules.notStory.join('|'), 'g');

/** The intents a message expresses (several can hold at once: "不对，电话是…" is a denial and a correction). */
export function detectIntents(text: string): Set<Intent> {
  const normalized = normalizeText(text).trim();
  return new Set(
    compiled.filter(({ regex }) => regex.source !== '(?:)' && regex.test(normalized)).map((c) => c.intent),
  );
}

/** The text without the words that tell nothing about what happened (field labels, dates, remedies, courtesy). */
export function stripNonStory(text: string): string {
  return normalizeText(text).replace(notStory, '');
}
