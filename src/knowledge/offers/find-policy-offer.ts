import { z } from 'zod';
import type { ComplaintRecord } from '../../complaint/complaint-record.ts';
import { categorySchema, remedySchema } from '../../complaint/taxonomy.ts';
import type { ProposalOffer } from '../../conversation/state.ts';
import { isoDay } from '../../time/wall-clock.ts';
import rulesJson from './policy-offers.json' with { type: 'json' };

const ruleSchema = z.object({
  id: z.string(),
  policy: z.string(),
  categories: z.array(categorySchema),
  requestedAnyOf: z.array(remedySchema),
  acceptNoRequest: z.boolean().default(false),
  minDaysSinceOccurred: z.number().int().optional(),
  maxDaysSinceOccurred: z.number().int().optional(),
  requiresAmount: z.boolean().default(false),
  compensation: z.object({ percentOfAmount: z.number().positive(), max: z.number().positive() }).optional(),
  remedies: z.array(remedySchema).min(1),
  text: z.string(),
});
export type OfferRule = z.infer<typeof ruleSchema>;

export const offerRules: readonly OfferRule[] = z.object({ rules: z.array(ruleSchema) }).parse(rulesJson).rules;

/**
 * The remedy a policy fully covers for this complaint, or null when a human must decide. Never for safety,
 * spill-over or high-severity cases; only what the customer asked for (or nothing specific, where the rule allows);
 * only while the policy it rests on is live (`policyTitles` maps policy file names to their current titles).
 */
export function findPolicyOffer(
  complaint: ComplaintRecord,
  now: Date,
  timeZone: string,
  policyTitles: ReadonlyMap<string, string>,
  rules: readonly OfferRule[] = offerRules,
): ProposalOffer | null {
  if (
    complaint.safety ||
    complaint.spilloverRisk ||
    complaint.severity === 'high' ||
    complaint.severity === 'critical'
  ) {
    return null;
  }
  const requested = complaint.fields.remedyRequested ?? [];
  const days = complaint.fields.occurredOn ? daysBetween(complaint.fields.occurredOn, now, timeZone) : undefined;
  for (const rule of rules) {
    const title = policyTitles.get(rule.policy);
    if (!title || !complaint.category || !rule.categories.includes(complaint.category)) continue;
    // Everything the customer asked for must be something this rule grants; an extra demand needs a human.
    const wanted =
      requested.length === 0 ? rule.acceptNoRequest : requested.every((r) => rule.requestedAnyOf.includes(r));
    if (!wanted) continue;
    if (rule.minDaysSinceOccurred !== undefined && (days === undefined || days < rule.minDaysSinceOccurred)) continue;
    if (rule.maxDaysSinceOccurred !== undefined && (days === undefined || days > rule.maxDaysSinceOccurred)) continue;
    const amount = complaint.fields.amount;
    if (rule.requiresAmount && (amount === undefined || amount <= 0)) continue;
    const compensation = rule.compensation && amount !== undefined ? compensate(rule.compensation, amount) : undefined;
    return {
      remedies: rule.remedies,
      text: rule.text.replace('{amount}', compensation !== undefined ? compensation.toFixed(2) : ''),
      policyTitle: title,
      ...(compensation !== undefined ? { amount: compensation } : {}),
    };
  }
  return null;
}

function compensate(rule: { percentOfAmount: number; max: number }, amount: number): number {
  return Math.min(rule.max, Math.round(amount * rule.percentOfAmount) / 100);
}

/** Whole calendar days from an ISO date to `now`'s date in the business time zone. */
function daysBetween(isoDate: string, now: Date, timeZone: string): number {
  const today = isoDay(now, timeZone);
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${isoDate}T00:00:00Z`)) / 86_400_000);
}
