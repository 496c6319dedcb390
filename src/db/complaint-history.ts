// Queries the conversation engine runs on a customer's history and on a complaint already assessed: who complained
// before under the same phone, and raising an assessment when the case turns out worse than first thought.

import { type Severity, severities } from '../complaint/taxonomy.ts';
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
 * Raises the assessment of an assessed complaint: safety makes it critical, spill-over risk at least high. Never
 * lowers anything; the first-contact deadline only moves earlier. Records why on the timeline.
 */
export async function raiseComplaintRisk(
  db: DbOrTx,
  code: string,
  input: { safety: boolean; spilloverRisk: boolean; firstContactDueAt: Date; at: Date; actor: string; note: string },
): Promise<void> {
  const row = await db.complaint.findUnique({
    where: { code },
    select: { severity: true, firstContactDueAt: true, firstHumanContactAt: true },
  });
  if (!row) return;
  const floor: Severity = input.safety ? 'critical' : 'high';
  const current = (row.severity as Severity | null) ?? 'low';
  const severity = severities[Math.max(severities.indexOf(current), severities.indexOf(floor))]!;
  const sooner =
    !row.firstHumanContactAt && (!row.firstContactDueAt || input.firstContactDueAt < row.firstContactDueAt)
      ? { firstContactDueAt: input.firstContactDueAt }
      : {};
  await db.complaint.update({
    where: { code },
    data: {
      severity,
      priority: priorityOf(severity),
      ...(input.safety ? { safety: true, immediateAction: true } : {}),
      ...(input.spilloverRisk ? { spilloverRisk: true } : {}),
      ...sooner,
      events: { create: { type: 'reassessed', at: input.at, actor: input.actor, note: input.note } },
    },
  });
}
