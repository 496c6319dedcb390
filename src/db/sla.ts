import type { SlaSnapshot } from '../complaint/evaluate-sla.ts';
import { defaultSlaPolicy, type SlaPolicy, slaPolicySchema } from '../complaint/sla-policy.ts';
import { severitySchema, statusSchema } from '../complaint/taxonomy.ts';
import type { CustomerMessageEvent } from '../events/desk-events.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { type EscalationLevel, readEscalationLevel } from '../handoff/escalation.ts';
import type { DbOrTx } from './client.ts';
import { findComplaintConversation, setConversationOwner } from './conversations.ts';
import { recordOutbound } from './messages.ts';

/** The Setting row that holds the shop's own stage deadlines. */
export const slaSettingKey = 'sla';

/** Timeline event types the SLA scheduler writes; escalations it makes are `escalated` events by `system`. */
export const slaEventTypes = [
  'sla_warning_first_contact',
  'sla_warning_resolution',
  'sla_breach_first_contact',
  'sla_breach_resolution',
  'sla_progress_notice',
] as const;
export type SlaEventType = (typeof slaEventTypes)[number] | 'escalated';

/** The actor on what the scheduler records. */
export const slaActor = 'system';

/** The stored stage deadlines, or the defaults when none were saved (or what is stored no longer validates). */
export async function loadSlaPolicy(db: DbOrTx): Promise<SlaPolicy> {
  const row = await db.setting.findUnique({ where: { key: slaSettingKey } });
  return slaPolicySchema.safeParse(row?.value).data ?? defaultSlaPolicy;
}

/** Stores the shop's stage deadlines (applied to complaints assessed from now on). */
export async function saveSlaPolicy(db: DbOrTx, policy: SlaPolicy): Promise<void> {
  await db.setting.upsert({
    where: { key: slaSettingKey },
    create: { key: slaSettingKey, value: policy },
    update: { value: policy },
  });
}

/**
 * Codes of the open complaints with a deadline inside its warning horizon: first contact still pending and due by
 * `firstContactBy`, resolution due by `resolutionBy`, or a progress note due by `now`. Served by the deadline indexes.
 */
export async function listSlaCandidates(
  db: DbOrTx,
  input: { now: Date; firstContactBy: Date; resolutionBy: Date },
): Promise<string[]> {
  const rows = await db.complaint.findMany({
    where: {
      status: { not: 'closed' },
      OR: [
        { firstHumanContactAt: null, firstContactDueAt: { lte: input.firstContactBy } },
        { resolutionDueAt: { lte: input.resolutionBy } },
        { nextProgressDueAt: { lte: input.now } },
      ],
    },
    orderBy: [{ priority: 'asc' }, { receivedAt: 'asc' }],
    select: { code: true },
  });
  return rows.map((r) => r.code);
}

/** A complaint as the SLA scheduler sees it: its timing, where it waits, and the SLA actions already recorded. */
export interface SlaCase extends SlaSnapshot {
  code: string;
  queued: boolean;
  assigned: boolean;
}

/** The complaint's SLA case, or null when there is none with this code. */
export async function findSlaCase(db: DbOrTx, code: string): Promise<SlaCase | null> {
  const row = await db.complaint.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      status: true,
      severity: true,
      escalationLevel: true,
      queue: true,
      assigneeId: true,
      receivedAt: true,
      acknowledgedAt: true,
      firstHumanContactAt: true,
      firstContactDueAt: true,
      resolutionDueAt: true,
      nextProgressDueAt: true,
      lastCustomerUpdateAt: true,
    },
  });
  if (!row) return null;
  const events = await db.complaintEvent.findMany({
    where: { complaintId: row.id, OR: [{ type: { in: [...slaEventTypes] } }, { type: 'escalated', actor: slaActor }] },
    select: { data: true },
  });
  const done = new Set(events.flatMap((e) => keysOf(e.data)));
  const { id: _id, queue, assigneeId, ...rest } = row;
  return {
    ...rest,
    status: statusSchema.safeParse(row.status).data ?? 'received',
    severity: severitySchema.safeParse(row.severity).data ?? null,
    escalationLevel: readEscalationLevel(row.escalationLevel),
    queued: queue !== null,
    assigned: assigneeId !== null,
    done,
  };
}

/** What one scheduler pass records for one complaint, in order, with its idempotence keys in each event's data. */
export interface SlaWrite {
  at: Date;
  events: { type: SlaEventType; note: string; keys: string[]; data?: Record<string, Prisma.InputJsonValue> }[];
  /** 投诉递进: the queue and level the complaint now waits at, unassigned */
  escalation?: { queue: 'frontline' | 'specialist'; escalationLevel: EscalationLevel };
  /** a notice for the customer; the progress clock restarts from `at` */
  notice?: { text: string; nextProgressDueAt: Date };
}

/**
 * Records one pass of the SLA for an open complaint, inside the caller's transaction: the timeline events, the
 * escalation (the conversation goes back to the bot while the complaint waits), and the customer notice stored as
 * an outbound system message. Returns the notice to publish after commit (null when nothing was sent).
 */
export async function applySlaWrite(db: DbOrTx, code: string, write: SlaWrite): Promise<CustomerMessageEvent | null> {
  const { at } = write;
  const found = await findComplaintConversation(db, code);
  if (!found) return null;
  const conversation = found.conversation;
  if (write.escalation) {
    await db.complaint.updateMany({
      where: { code, status: { not: 'closed' } },
      data: { ...write.escalation, queuedAt: at, assigneeId: null, handoffReason: 'sla_breach' },
    });
    if (conversation?.owner === 'agent') await setConversationOwner(db, conversation.id, null);
  }
  let delivery: CustomerMessageEvent | null = null;
  if (write.notice) {
    await db.complaint.update({
      where: { code },
      data: { lastCustomerUpdateAt: at, nextProgressDueAt: write.notice.nextProgressDueAt },
    });
    if (conversation) {
      const message = await recordOutbound(db, {
        conversationId: conversation.id,
        complaintId: found.complaintId,
        author: 'system',
        text: write.notice.text,
        at,
      });
      delivery = {
        conversationId: conversation.id,
        channel: conversation.channel,
        externalId: conversation.externalId,
        messageId: message.id,
        text: write.notice.text,
        author: 'system',
        at,
      };
    }
  }
  await db.complaintEvent.createMany({
    data: write.events.map((e) => ({
      complaintId: found.complaintId,
      type: e.type,
      at,
      actor: slaActor,
      note:
        write.notice && !conversation && e.type === 'sla_progress_notice'
          ? `${e.note}（没有可联系的会话，未能送达）`
          : e.note,
      data: { ...e.data, keys: e.keys },
    })),
  });
  return delivery;
}

/**
 * 投诉跟踪: a person told the customer something about an open complaint, which counts as a progress update:
 * the next automatic progress note is due a full interval later.
 */
export async function markCustomerUpdated(
  db: DbOrTx,
  code: string,
  input: { at: Date; progressIntervalHours: number },
): Promise<void> {
  await db.complaint.updateMany({
    where: { code, status: { not: 'closed' } },
    data: {
      lastCustomerUpdateAt: input.at,
      nextProgressDueAt: new Date(input.at.getTime() + input.progressIntervalHours * 3_600_000),
    },
  });
}

function keysOf(data: unknown): string[] {
  const keys = (data as { keys?: unknown } | null)?.keys;
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
}
