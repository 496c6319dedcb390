import { z } from 'zod';
import type { DeclinableField } from '../triage-result.ts';
import { declinableFieldSchema } from '../triage-result.ts';
import refusalsJson from './lexicon/refusals.json' with { type: 'json' };

const refusalLexiconSchema = z.object({
  $comment: z.string().optional(),
  nouns: z.record(declinableFieldSchema, z.array(z.string()).min(1)),
  alsoDeclines: z.record(z.string(), z.array(declinableFieldSchema)),
  after: z.array(z.string()).min(1),
  before: z.array(z.string()).min(1),
  phrases: z.partialRecord(declinableFieldSchema, z.array(z.string())),
});

const lexicon = refusalLexiconSchema.parse(refusalsJson);
const nounToField = new Map(
  Object.entries(lexicon.nouns).flatMap(([field, nouns]) => nouns.map((n) => [n, field as DeclinableField] as const)),
);
const noun = [...nounToField.keys()].sort((a, b) => b.length - a.length).join('|');
// "邮箱和电话都不方便留" refuses both: nouns joined by 和/跟/、.
const nounGroup = new RegExp(`(?:${noun})(?:(?:和|跟|、|,|及|以及|还有)(?:${noun}))*`, 'gi');
const nounIn = new RegExp(noun, 'gi');
const after = lexicon.after.map((p) => new RegExp(p));
const before = lexicon.before.map((p) => new RegExp(p));
const phrases = Object.entries(lexicon.phrases).map(([field, list]) => ({
  field: field as DeclinableField,
  pattern: new RegExp(list.join('|')),
}));
const lookAround = 12;

/** The personal fields the customer refuses to give in this message ("电话先不给了" → phone), in field order. */
export function detectRefusals(text: string): DeclinableField[] {
  const declined = new Set<DeclinableField>();
  for (const m of text.matchAll(nounGroup)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + lookAround);
    const head = text.slice(Math.max(0, m.index - lookAround), m.index);
    if (!after.some((p) => p.test(rest)) && !before.some((p) => p.test(head))) continue;
    for (const n of m[0].matchAll(nounIn)) {
      const key = n[0].toLowerCase();
      const field = nounToField.get(key) ?? nounToField.get(n[0]);
      if (field) declined.add(field);
      for (const also of lexicon.alsoDeclines[n[0]] ?? []) declined.add(also);
    }
  }
  for (const { field, pattern } of phrases) if (pattern.test(text)) declined.add(field);
  return declinableFieldSchema.options.filter((f) => declined.has(f));
}
