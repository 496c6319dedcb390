import { remedySchema } from '../complaint/taxonomy.ts';
import {
  type CaseMessage,
  caseMessageSchema,
  type ProposalRecord,
  proposalStatuses,
  type TimelineEntry,
} from '../handoff/case-file.ts';
import type { DbOrTx } from './client.ts';

const directionSchema = caseMessageSchema.shape.direction;
const authorSchema = caseMessageSchema.shape.author;

/** Caps the messages an agent's view loads at once; the oldest are left out beyond it. */
const maxMessages = 500;

/**
 * The complaint's case file besides its record: the 附件C tracking table, its conversation (private notes
 * included, other complaints' parts of the same chat left out) and the proposals put to the customer. Null when
 * there is no complaint with this code.
 */
export async function findCaseFile(
  db: DbOrTx,
  code: string,
): Promise<{ timeline: TimelineEntry[]; messages: CaseMessage[]; proposals: ProposalRecord[] } | null> {
  const complaint = await db.complaint.findUnique({
    where: { code },
    select: { id: true, sourceMessageId: true, closedAt: true },
  });
  if (!complaint) return null;
  const [events, proposals, conversationIds] = await Promise.all([
    db.complaintEvent.findMany({ where: { complaintId: complaint.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
    db.proposal.findMany({ where: { complaintId: complaint.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    conversationsOf(db, complaint.id),
  ]);
  const messages = await db.message.findMany({
    where: {
      conversationId: { in: conversationIds },
      OR: [
        { complaintId: complaint.id },
        // chat that belongs to no complaint: what led up to this one, not what came after it closed
        { complaintId: null, ...(complaint.closedAt ? { createdAt: { lte: complaint.closedAt } } : {}) },
        ...(complaint.sourceMessageId ? [{ id: complaint.sourceMessageId }] : []),
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: maxMessages,
  });
  return {
    timeline: events.map((e) => ({ type: e.type, at: e.at.toISOString(), actor: e.actor, note: e.note })),
    messages: messages.reverse().map((m) => ({
      id: m.id,
      direction: directionSchema.safeParse(m.direction).data ?? 'activity',
      author: authorSchema.safeParse(m.author).data ?? 'system',
      agentId: m.agentId,
      private: m.private,
      text: m.text,
      at: m.createdAt.toISOString(),
    })),
    proposals: proposals.map(toProposalRecord),
  };
}

/** Maps a proposal row to its API shape, reading the remedies JSON defensively. */
export function toProposalRecord(row: {
  id: string;
  remedies: unknown;
  text: string;
  amount: number | null;
  proposedBy: string;
  policyRef: string | null;
  status: string;
  createdAt: Date;
  respondedAt: Date | null;
}): ProposalRecord {
  const remedies = Array.isArray(row.remedies) ? row.remedies.flatMap((r) => remedySchema.safeParse(r).data ?? []) : [];
  const status = proposalStatuses.find((s) => s === row.status) ?? 'open';
  return {
    id: row.id,
    remedies,
    text: row.text,
    amount: row.amount,
    proposedBy: row.proposedBy,
    policyRef: row.policyRef,
    status,
    createdAt: row.createdAt.toISOString(),
    respondedAt: row.respondedAt ? row.respondedAt.toISOString() : null,
  };
}

async function conversationsOf(db: DbOrTx, complaintId: string): Promise<string[]> {
  const [linked, viaMessages] = await Promise.all([
    db.conversation.findMany({ where: { complaintId }, select: { id: true } }),
    db.message.findMany({ where: { complaintId }, distinct: ['conversationId'], select: { conversationId: true } }),
  ]);
  return [...new Set([...linked.map((c) => c.id), ...viaMessages.map((m) => m.conversationId)])];
}
