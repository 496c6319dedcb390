import type { ComplaintRecord } from '../complaint/complaint-record.ts';
import type { Category, Queue, Severity, Status } from '../complaint/taxonomy.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { EscalationLevel } from '../handoff/escalation.ts';
import type { DbOrTx } from './client.ts';
import { toComplaintRecord } from './complaints.ts';

const withAssignee = { assignee: { select: { id: true, name: true, role: true } } } as const;

/** What the console filters the complaint list on; `assigneeId: null` means unassigned. */
export interface ComplaintFilter {
  status?: Status;
  queue?: Queue;
  category?: Category;
  severity?: Severity;
  escalationLevel?: EscalationLevel;
  assigneeId?: string | null;
  /** free text: code, description, product, order number, customer name, phone, email, WeChat ID */
  q?: string;
}

/** A position in the list's order (receivedAt desc, code desc): the last item of the previous page. */
export interface ListPosition {
  receivedAt: Date;
  code: string;
}

/** One page of complaints, newest first, and the position to continue from (null on the last page). */
export async function listComplaints(
  db: DbOrTx,
  filter: ComplaintFilter,
  page: { after?: ListPosition; limit: number },
): Promise<{ items: ComplaintRecord[]; next: ListPosition | null }> {
  const where: Prisma.ComplaintWhereInput[] = [whereOf(filter)];
  if (page.after) {
    const { receivedAt, code } = page.after;
    where.push({ OR: [{ receivedAt: { lt: receivedAt } }, { receivedAt, code: { lt: code } }] });
  }
  const rows = await db.complaint.findMany({
    where: { AND: where },
    orderBy: [{ receivedAt: 'desc' }, { code: 'desc' }],
    take: page.limit + 1,
    include: withAssignee,
  });
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const next = rows.length > page.limit && last ? { receivedAt: last.receivedAt, code: last.code } : null;
  return { items: items.map(toComplaintRecord), next };
}

/** 待处理队列: open, unassigned complaints of a queue, most urgent first, then longest waiting. */
export async function listWaitingComplaints(db: DbOrTx, queue: Queue, limit: number): Promise<ComplaintRecord[]> {
  const rows = await db.complaint.findMany({
    where: { queue, assigneeId: null, status: { not: 'closed' } },
    orderBy: [{ priority: 'asc' }, { queuedAt: 'asc' }, { code: 'asc' }],
    take: limit,
    include: withAssignee,
  });
  return rows.map(toComplaintRecord);
}

/** Codes of the open complaints an agent holds, oldest first. */
export async function listOpenComplaintCodesOf(db: DbOrTx, agentId: string): Promise<string[]> {
  const rows = await db.complaint.findMany({
    where: { assigneeId: agentId, status: { not: 'closed' } },
    orderBy: { receivedAt: 'asc' },
    select: { code: true },
  });
  return rows.map((r) => r.code);
}

function whereOf(filter: ComplaintFilter): Prisma.ComplaintWhereInput {
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.queue ? { queue: filter.queue } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.severity ? { severity: filter.severity } : {}),
    ...(filter.escalationLevel ? { escalationLevel: filter.escalationLevel } : {}),
    ...(filter.assigneeId !== undefined ? { assigneeId: filter.assigneeId } : {}),
    ...(filter.q?.trim() ? searchOf(filter.q) : {}),
  };
}

/**
 * Free-text search. SQLite's LIKE has no escape here, so `%` and `_` cannot be searched for literally: the text is
 * split on them and every piece must occur (text of wildcards alone matches nothing).
 */
function searchOf(q: string): Prisma.ComplaintWhereInput {
  const pieces = q
    .trim()
    .split(/[%_]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length === 0) return { id: { in: [] } };
  return {
    AND: pieces.map((piece) => ({
      OR: [
        { code: { contains: piece.toUpperCase() } },
        { description: { contains: piece } },
        { product: { contains: piece } },
        { orderNumber: { contains: piece } },
        { customerName: { contains: piece } },
        { phone: { contains: piece.replace(/[\s-]/g, '') || piece } },
        { email: { contains: piece } },
        { wechat: { contains: piece } },
      ],
    })),
  };
}
