import { z } from 'zod';
import { categorySchema } from '../complaint/taxonomy.ts';
import { maskPersonalData } from '../privacy/mask-personal-data.ts';
import { isoDay } from '../time/wall-clock.ts';
import { assessmentSchema, complaintFieldsSchema, type TriageResult } from '../triage/triage-result.ts';
import type { LlmClient } from './llm-client.ts';
import { loadPrompt } from './load-prompt.ts';
import { mergeTriage } from './merge-triage.ts';

const triagePrompt = loadPrompt('triage');
const field = complaintFieldsSchema.shape;

/**
 * What the model answers for `prompts/triage.md`: the SPEC §7 line reshaped for structured output (1-3 categories,
 * best first; every field present and nullable). No phone or e-mail: the model only sees them masked.
 */
export const triageLlmSchema = z.object({
  categories: z.array(categorySchema).min(1).max(3),
  ...assessmentSchema.shape,
  fields: z.object({
    product: field.product.unwrap().nullable(),
    orderNumber: field.orderNumber.unwrap().nullable(),
    occurredOn: field.occurredOn.unwrap().nullable(),
    remedyRequested: field.remedyRequested.unwrap().nullable(),
    customerName: field.customerName.unwrap().nullable(),
    amount: field.amount.unwrap().nullable(),
  }),
});
export type TriageLlm = z.infer<typeof triageLlmSchema>;

/**
 * Triage with the language model on top of the offline result: the text is masked before it is sent, the answer
 * is merged by `mergeTriage`, and any failure (timeout, HTTP error, rate limit, bad JSON, schema mismatch) returns
 * `offline` unchanged; the client has logged it at warn.
 */
export async function triageWithLlm(
  llm: LlmClient,
  text: string,
  now: Date,
  offline: TriageResult,
  options: { timeZone?: string } = {},
): Promise<TriageResult> {
  const masked = maskPersonalData(text).trim();
  if (!masked) return offline;
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const today = isoDay(now, timeZone);
  const result = await llm.complete({
    task: 'triage',
    system: triagePrompt.render({ today, weekday: weekday(now, timeZone), timeZone }),
    user: masked,
    schema: triageLlmSchema,
    schemaName: 'triage',
  });
  if (!result.ok) return offline;
  return mergeTriage(offline, dropUngrounded(result.value, masked, today));
}

/** Drops field values the text cannot support: an order number it does not contain, masked data, a future date. */
function dropUngrounded(answer: TriageLlm, text: string, today: string): TriageLlm {
  const compact = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const usable = (s: string | null) => (s !== null && s.trim() !== '' && !s.includes('**') ? s.trim() : null);
  const { fields } = answer;
  const orderNumber = usable(fields.orderNumber);
  return {
    ...answer,
    fields: {
      ...fields,
      product: usable(fields.product),
      customerName: usable(fields.customerName),
      orderNumber: orderNumber && compact(text).includes(compact(orderNumber)) ? orderNumber : null,
      occurredOn: fields.occurredOn !== null && fields.occurredOn <= today ? fields.occurredOn : null,
    },
  };
}

function weekday(now: Date, timeZone: string): string {
  return `星期${'日一二三四五六'[new Date(`${isoDay(now, timeZone)}T00:00:00Z`).getUTCDay()]}`;
}
