// Queries the conversation engine runs on a customer's history and on a complaint already assessed: who complained
// before under the same phone, and re-assessing when the story arrives late or the case turns out worse.

import { type Category, type Severity, severities } from '../complaint/taxonomy.ts';
import type { DbOrTx } from './client.ts';
import { priorityOf } from './complaints.ts';

/**
 * Codes of complaints filed before `before` under this phone by another customer record (a new web session is a new
 * customer until they give a phone that was used before). Oldest first.
 */
export async function findEarlierComplaintsByPhone(
  db: DbOrTx,
  input: { phone: string; excludeCustomerId: string; before: Date },
): Promise<string[]> {
  const rows = await db.complaint.findMany({
    where: { phone: input.phone, customerId: { not: input.excludeCustomerId }, receivedAt: { lt: input.before } },
    orderBy: { receivedAt: 'asc' },
    select: { code: true },
  });
  return rows.map((r) => r.code);
}

/**
 * Re-assesses a complaint when the customer's words change the picture: the story told after a bare "转人工" gives
 * the category; safety makes it critical, spill-over risk at least high. Severity, safety and spill-over are never
 * lowered; the first-contact deadline only moves earlier. Records why on the timeline.
 */
export async function reassessComplaint(
  db: DbOrTx,
  code: string,
  input: {
    categories?: Category[];
    severity: Severity;
    safety: boolean;
    spilloverRisk: boolean;
    firstContactDueAt: Date;
    at: Date;
    actor: string;
    note: string;
  },
): Promise<void> {
  const row = await db.complaint.findUnique({
    where: { code },
    select: { severity: true, firstContactDueAt: true, firstHumanContactAt: true },
  });
  if (!row) return;
  const current = (row.severity as Severity | null) ?? 'low';
  const severity = severities[Math.max(severities.indexOf(current), severities.indexOf(input.severity))]!;
  const sooner =
    !row.firstHumanContactAt && (!row.firstContactDueAt || input.firstContactDueAt < row.firstContactDueAt)
      ? { firstContactDueAt: input.firstContactDueAt }
      : {};
  await db.complaint.update({
    where: { code },
    data: {
      ...(input.categories?.length ? { category: input.categories[0], categories: input.categories } : {}),
      severity,
      priority: priorityOf(severity),
      ...(input.safety ? { safety: true, immediateAction: true } : {}),
      ...(input.spilloverRisk ? { spilloverRisk: true } : {}),
      ...sooner,
      events: { create: { type: 'reassessed', at: input.at, actor: input.actor, note: input.note } },
    },
  });
}
