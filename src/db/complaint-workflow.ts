import type { Outcome, Queue, Remedy } from '../complaint/taxonomy.ts';
import type { ProposalRecord } from '../handoff/case-file.ts';
import type { EscalationLevel } from '../handoff/escalation.ts';
import type { DbOrTx as Tx } from './client.ts';
import { addComplaintEvent } from './complaints.ts';
import { toProposalRecord } from './timeline.ts';

// Agents working a complaint: claim, transfer, release, close, proposals. Each change is conditional on the row still
// being in the state the caller checked, so concurrent requests cannot both win; the caller runs them in one
// transaction with the timeline event.

/**
 * 认领: gives an open, unassigned complaint to an agent and moves it to `investigating`; the first claim is the first
 * human contact. False when another agent got there first or it closed meanwhile.
 */
export async function claimComplaint(
  db: Tx,
  code: string,
  input: { agentId: string; at: Date; actor: string; note: string },
): Promise<boolean> {
  const { count } = await db.complaint.updateMany({
    where: { code, assigneeId: null, status: { not: 'closed' } },
    data: { assigneeId: input.agentId, status: 'investigating' },
  });
  if (count === 0) return false;
  await db.complaint.updateMany({
    where: { code, firstHumanContactAt: null },
    data: { firstHumanContactAt: input.at },
  });
  await addComplaintEvent(db, code, { type: 'claimed', at: input.at, actor: input.actor, note: input.note });
  return true;
}

/** 投诉递进: puts an open complaint back in a queue, unassigned, at an escalation level, with the agent's note. */
export async function transferComplaint(
  db: Tx,
  code: string,
  input: {
    queue: Queue;
    escalationLevel: EscalationLevel;
    reason: string;
    type: 'escalated' | 'transferred';
    at: Date;
    actor: string;
    note: string;
  },
): Promise<boolean> {
  const { count } = await db.complaint.updateMany({
    where: { code, status: { not: 'closed' } },
    data: {
      queue: input.queue,
      escalationLevel: input.escalationLevel,
      queuedAt: input.at,
      assigneeId: null,
      handoffReason: input.reason,
    },
  });
  if (count === 0) return false;
  await addComplaintEvent(db, code, {
    type: input.type,
    at: input.at,
    actor: input.actor,
    note: input.note,
    data: { queue: input.queue, escalationLevel: input.escalationLevel },
  });
  return true;
}

/** Hands an open complaint back to the bot: no queue, no assignee, the status unchanged. */
export async function releaseComplaint(
  db: Tx,
  code: string,
  input: { at: Date; actor: string; note: string },
): Promise<boolean> {
  const { count } = await db.complaint.updateMany({
    where: { code, status: { not: 'closed' } },
    data: { queue: null, assigneeId: null, escalationLevel: 'bot' },
  });
  if (count === 0) return false;
  await addComplaintEvent(db, code, { type: 'released', at: input.at, actor: input.actor, note: input.note });
  return true;
}

/**
 * 投诉终止: closes an open complaint with its outcome; false if it was already closed. Closing as `accepted` accepts
 * the latest open proposal and records its remedy as agreed; any other open proposal is withdrawn.
 */
export async function closeComplaint(
  db: Tx,
  code: string,
  input: { outcome: Outcome; at: Date; actor: string; note: string },
): Promise<boolean> {
  const { count } = await db.complaint.updateMany({
    where: { code, status: { not: 'closed' } },
    data: { status: 'closed', outcome: input.outcome, closedAt: input.at, queue: null },
  });
  if (count === 0) return false;
  const { id } = await db.complaint.findUniqueOrThrow({ where: { code }, select: { id: true } });
  const open = await db.proposal.findFirst({
    where: { complaintId: id, status: 'open' },
    orderBy: { createdAt: 'desc' },
  });
  if (open && input.outcome === 'accepted') {
    await db.proposal.update({ where: { id: open.id }, data: { status: 'accepted', respondedAt: input.at } });
    await db.complaint.update({
      where: { code },
      data: { remedyAgreed: { remedies: open.remedies ?? [], text: open.text, amount: open.amount } },
    });
  }
  await db.proposal.updateMany({
    where: { complaintId: id, status: 'open' },
    data: { status: 'withdrawn', respondedAt: input.at },
  });
  await addComplaintEvent(db, code, { type: 'closed', at: input.at, actor: input.actor, note: input.note });
  return true;
}

/**
 * 方案沟通 by an agent: withdraws any open proposal, opens this one and moves the complaint to `proposed`, with a
 * timeline event.
 */
export async function openAgentProposal(
  db: Tx,
  code: string,
  input: { remedies: Remedy[]; text: string; amount?: number; proposedBy: string; at: Date; note: string },
): Promise<ProposalRecord> {
  const { id } = await db.complaint.findUniqueOrThrow({ where: { code }, select: { id: true } });
  await db.proposal.updateMany({
    where: { complaintId: id, status: 'open' },
    data: { status: 'withdrawn', respondedAt: input.at },
  });
  const row = await db.proposal.create({
    data: {
      complaintId: id,
      remedies: input.remedies,
      text: input.text,
      amount: input.amount,
      proposedBy: input.proposedBy,
      createdAt: input.at,
    },
  });
  await db.complaint.update({
    where: { code },
    data: {
      status: 'proposed',
      events: { create: { type: 'proposed', at: input.at, actor: input.proposedBy, note: input.note } },
    },
  });
  return toProposalRecord(row);
}

/**
 * Records the customer's answer to an open proposal. Accepted: the remedy is recorded as agreed (closing is the
 * caller's next step). Refused: the complaint stays open and goes back to investigating (guide 六(九)).
 */
export async function answerProposal(
  db: Tx,
  code: string,
  proposalId: string,
  input: { accepted: boolean; at: Date; actor: string; note: string },
): Promise<
  { kind: 'not_found' } | { kind: 'not_open'; status: string } | { kind: 'answered'; proposal: ProposalRecord }
> {
  const row = await db.proposal.findFirst({ where: { id: proposalId, complaint: { code } } });
  if (!row) return { kind: 'not_found' };
  if (row.status !== 'open') return { kind: 'not_open', status: row.status };
  const { count } = await db.proposal.updateMany({
    where: { id: proposalId, status: 'open' },
    data: { status: input.accepted ? 'accepted' : 'refused', respondedAt: input.at },
  });
  if (count === 0) return { kind: 'not_open', status: 'answered' };
  const event = { at: input.at, actor: input.actor, note: input.note };
  await db.complaint.update({
    where: { code },
    data: input.accepted
      ? {
          remedyAgreed: { remedies: row.remedies ?? [], text: row.text, amount: row.amount },
          events: { create: { type: 'proposal_accepted', ...event } },
        }
      : { status: 'investigating', events: { create: { type: 'proposal_refused', ...event } } },
  });
  const updated = await db.proposal.findUniqueOrThrow({ where: { id: proposalId } });
  return { kind: 'answered', proposal: toProposalRecord(updated) };
}
