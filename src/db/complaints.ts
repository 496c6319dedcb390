import { businessDay, formatComplaintCode } from '../complaint/complaint-code.ts';
import {
  type Attachment,
  attachmentSchema,
  type ComplaintRecord,
  type ComplaintSummary,
} from '../complaint/complaint-record.ts';
import type { Deadlines } from '../complaint/sla-policy.ts';
import {
  type Category,
  categorySchema,
  type Outcome,
  type Queue,
  remedySchema,
  type Severity,
  type Status,
} from '../complaint/taxonomy.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Assessment, ComplaintFields } from '../triage/triage-result.ts';
import type { Db, DbOrTx as Tx } from './client.ts';

const withAssignee = { assignee: { select: { id: true, name: true, role: true } } } as const;
type Row = Prisma.ComplaintGetPayload<{ include: typeof withAssignee }>;

/** 受理: opens a complaint with the next code of the business day, and its first timeline event. */
export async function createComplaint(
  db: Db,
  input: {
    customerId: string;
    channel: string;
    fields: ComplaintFields & { description: string };
    declined: string[];
    attachments?: Attachment[];
    receivedAt: Date;
    timeZone: string;
    actor: string;
    sourceMessageId?: string;
  },
): Promise<ComplaintRecord> {
  if (input.sourceMessageId) {
    const existing = await db.complaint.findUnique({
      where: { sourceMessageId: input.sourceMessageId },
      include: withAssignee,
    });
    if (existing) return toComplaintRecord(existing);
  }
  return db.$transaction(async (tx) => {
    const day = businessDay(input.receivedAt, input.timeZone);
    const counter = await tx.complaintCodeCounter.upsert({
      where: { day },
      create: { day, last: 1 },
      update: { last: { increment: 1 } },
    });
    const row = await tx.complaint.create({
      data: {
        code: formatComplaintCode(day, counter.last),
        customerId: input.customerId,
        channel: input.channel,
        ...columnsOf(input.fields),
        description: input.fields.description,
        declinedFields: input.declined,
        attachments: input.attachments ?? [],
        status: 'received',
        receivedAt: input.receivedAt,
        sourceMessageId: input.sourceMessageId,
        events: { create: { type: 'received', at: input.receivedAt, actor: input.actor, note: '受理投诉' } },
      },
      include: withAssignee,
    });
    return toComplaintRecord(row);
  });
}

/** The complaint with this code, or null. */
export async function findComplaint(db: Tx, code: string): Promise<ComplaintRecord | null> {
  const row = await db.complaint.findUnique({ where: { code }, include: withAssignee });
  return row ? toComplaintRecord(row) : null;
}

/** The customer's most recent complaint, open ones first. */
export async function findLatestComplaintOfCustomer(db: Tx, customerId: string): Promise<ComplaintRecord | null> {
  const open = await db.complaint.findFirst({
    where: { customerId, status: { not: 'closed' } },
    orderBy: { receivedAt: 'desc' },
    include: withAssignee,
  });
  const row =
    open ??
    (await db.complaint.findFirst({ where: { customerId }, orderBy: { receivedAt: 'desc' }, include: withAssignee }));
  return row ? toComplaintRecord(row) : null;
}

/** How many complaints the customer opened before this one (a repeat complainant is high severity). */
export function countEarlierComplaints(db: Tx, customerId: string, before: Date): Promise<number> {
  return db.complaint.count({ where: { customerId, receivedAt: { lt: before } } });
}

/** Adds photos and files the customer sent to the complaint's attachments. */
export async function attachToComplaint(db: Db, code: string, attachments: Attachment[]): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.complaint.findUnique({ where: { code }, select: { attachments: true } });
    if (!row) return;
    const kept = listOf(row.attachments, (v) => attachmentSchema.safeParse(v).data);
    await tx.complaint.update({ where: { code }, data: { attachments: [...kept, ...attachments] } });
  });
}

/** Replaces the §1 fields the customer gave (corrections included) and the list of declined fields. */
export async function updateComplaintFields(
  db: Tx,
  code: string,
  fields: ComplaintFields,
  declined: string[],
): Promise<void> {
  await db.complaint.updateMany({ where: { code }, data: { ...columnsOf(fields), declinedFields: declined } });
}

/** Adds one line to the 附件C tracking table. */
export async function addComplaintEvent(
  db: Tx,
  code: string,
  event: { type: string; at: Date; actor: string; note?: string; data?: Prisma.InputJsonValue },
): Promise<void> {
  await db.complaint.update({ where: { code }, data: { events: { create: event } } });
}

/** 受理告知 + 初步评估: records the assessment and the stage deadlines, moving the status to `assessed`. */
export async function recordAssessment(
  db: Db,
  code: string,
  input: {
    category: Category;
    categories: Category[];
    assessment: Assessment;
    repeat: boolean;
    deadlines: Deadlines;
    at: Date;
    actor: string;
  },
): Promise<ComplaintRecord> {
  const a = input.assessment;
  const row = await db.complaint.update({
    where: { code },
    data: {
      status: 'assessed',
      category: input.category,
      categories: input.categories,
      severity: a.severity,
      safety: a.safety,
      immediateAction: a.immediateAction,
      spilloverRisk: a.spilloverRisk,
      repeat: input.repeat,
      priority: priorityOf(a.severity),
      acknowledgedAt: input.at,
      assessedAt: input.at,
      ...input.deadlines,
      events: {
        create: [
          { type: 'acknowledged', at: input.at, actor: input.actor, note: '已向投诉者告知受理、编号与处理时限' },
          {
            type: 'assessed',
            at: input.at,
            actor: input.actor,
            note: `初步评估：${input.category}，严重程度 ${a.severity}${a.safety ? '，安全问题' : ''}${a.spilloverRisk ? '，有外溢风险' : ''}`,
          },
        ],
      },
    },
    include: withAssignee,
  });
  return toComplaintRecord(row);
}

/** Puts a complaint in a human queue (or moves it to another), unassigned, with the reason on the timeline. */
export async function queueComplaint(
  db: Db,
  code: string,
  input: { queue: Queue; reason: string; at: Date; actor: string; note?: string },
): Promise<{ complaint: ComplaintRecord; waitingAhead: number }> {
  const row = await db.complaint.update({
    where: { code },
    data: {
      queue: input.queue,
      queuedAt: input.at,
      assigneeId: null,
      handoffReason: input.reason,
      escalationLevel: input.queue,
      events: {
        create: {
          type: 'handed_off',
          at: input.at,
          actor: input.actor,
          note: input.note ?? `转入${input.queue === 'specialist' ? '专员' : '一线'}队列（${input.reason}）`,
          data: { queue: input.queue, reason: input.reason },
        },
      },
    },
    include: withAssignee,
  });
  const waitingAhead = await db.complaint.count({
    where: {
      queue: input.queue,
      assigneeId: null,
      status: { not: 'closed' },
      code: { not: code },
      OR: [{ priority: { lt: row.priority } }, { priority: row.priority, queuedAt: { lte: input.at } }],
    },
  });
  return { complaint: toComplaintRecord(row), waitingAhead };
}

/** Moves the lifecycle status, with a timeline event; closing also records the outcome. */
export async function setComplaintStatus(
  db: Tx,
  code: string,
  input: { status: Status; outcome?: Outcome; at: Date; actor: string; note: string; type?: string },
): Promise<void> {
  await db.complaint.update({
    where: { code },
    data: {
      status: input.status,
      ...(input.outcome ? { outcome: input.outcome } : {}),
      ...(input.status === 'closed' ? { closedAt: input.at, queue: null } : {}),
      events: { create: { type: input.type ?? input.status, at: input.at, actor: input.actor, note: input.note } },
    },
  });
}

/** Lower sorts first: safety, then high, medium, low. */
export function priorityOf(severity: Severity | null): number {
  return { critical: 0, high: 1, medium: 2, low: 3 }[severity ?? 'low'];
}

function columnsOf(fields: ComplaintFields) {
  return {
    ...(fields.description !== undefined ? { description: fields.description } : {}),
    product: fields.product ?? null,
    orderNumber: fields.orderNumber ?? null,
    occurredOn: fields.occurredOn ?? null,
    remedyRequested: fields.remedyRequested ?? [],
    customerName: fields.customerName ?? null,
    phone: fields.phone ?? null,
    email: fields.email ?? null,
    wechat: fields.wechat ?? null,
    amount: fields.amount ?? null,
  };
}

/** The complaint as the customer's chat shows it (SPEC §6), or null: one query, no assignee. */
export async function findComplaintSummary(db: Tx, code: string): Promise<ComplaintSummary | null> {
  const row = await db.complaint.findUnique({ where: { code } });
  return row ? toComplaintSummary(row) : null;
}

/** The summary of the complaint a conversation is on, or null. */
export async function findConversationComplaintSummary(
  db: Tx,
  conversationId: string,
): Promise<ComplaintSummary | null> {
  const row = await db.conversation.findUnique({ where: { id: conversationId }, select: { complaint: true } });
  return row?.complaint ? toComplaintSummary(row.complaint) : null;
}

function toComplaintSummary(row: Prisma.ComplaintGetPayload<object>): ComplaintSummary {
  const { attachments: _attachments, ...fields } = fieldsOf(row);
  return {
    code: row.code,
    status: row.status as Status,
    category: (row.category as Category | null) ?? null,
    severity: (row.severity as Severity | null) ?? null,
    queue: (row.queue as Queue | null) ?? null,
    fields,
  };
}

/** Maps a row to the API shape, reading its JSON columns defensively. */
export function toComplaintRecord(row: Row): ComplaintRecord {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    code: row.code,
    channel: row.channel,
    status: row.status as Status,
    outcome: (row.outcome as Outcome | null) ?? null,
    queue: (row.queue as Queue | null) ?? null,
    assignee: row.assignee ? { ...row.assignee, role: row.assignee.role as 'frontline' } : null,
    category: (row.category as Category | null) ?? null,
    categories: listOf(row.categories, (v) => categorySchema.safeParse(v).data),
    severity: (row.severity as Severity | null) ?? null,
    safety: row.safety,
    immediateAction: row.immediateAction,
    spilloverRisk: row.spilloverRisk,
    repeat: row.repeat,
    fields: fieldsOf(row),
    declinedFields: listOf(row.declinedFields, (v) => (typeof v === 'string' ? v : undefined)),
    priority: row.priority,
    escalationLevel: row.escalationLevel,
    handoffReason: row.handoffReason,
    receivedAt: row.receivedAt.toISOString(),
    acknowledgedAt: iso(row.acknowledgedAt),
    assessedAt: iso(row.assessedAt),
    queuedAt: iso(row.queuedAt),
    firstHumanContactAt: iso(row.firstHumanContactAt),
    closedAt: iso(row.closedAt),
    firstContactDueAt: iso(row.firstContactDueAt),
    resolutionDueAt: iso(row.resolutionDueAt),
    nextProgressDueAt: iso(row.nextProgressDueAt),
  };
}

function fieldsOf(row: Prisma.ComplaintGetPayload<object>): ComplaintRecord['fields'] {
  const remedies = listOf(row.remedyRequested, (v) => remedySchema.safeParse(v).data);
  const attachments: Attachment[] = listOf(row.attachments, (v) => attachmentSchema.safeParse(v).data);
  const fields: ComplaintRecord['fields'] = { description: row.description, attachments, remedyRequested: remedies };
  if (row.product) fields.product = row.product;
  if (row.orderNumber) fields.orderNumber = row.orderNumber;
  if (row.occurredOn) fields.occurredOn = row.occurredOn;
  if (row.customerName) fields.customerName = row.customerName;
  if (row.phone) fields.phone = row.phone;
  if (row.email) fields.email = row.email;
  if (row.wechat) fields.wechat = row.wechat;
  if (row.amount !== null) fields.amount = row.amount;
  return fields;
}

/** The valid items of a JSON list column; anything else is dropped. */
function listOf<T>(value: unknown, parse: (v: unknown) => T | undefined): T[] {
  return Array.isArray(value) ? value.map(parse).filter((v): v is T => v !== undefined) : [];
}
