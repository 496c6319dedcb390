import type { ProposalOffer } from '../conversation/state.ts';
import type { Db } from './client.ts';

/** 方案沟通: puts a policy remedy to the customer on the bot's behalf; the complaint moves to `proposed`. */
export async function openBotProposal(db: Db, code: string, offer: ProposalOffer, at: Date): Promise<void> {
  await db.complaint.update({
    where: { code },
    data: {
      status: 'proposed',
      proposals: {
        create: {
          remedies: offer.remedies,
          text: offer.text,
          amount: offer.amount,
          proposedBy: 'bot',
          policyRef: offer.policyTitle,
          createdAt: at,
        },
      },
      events: {
        create: {
          type: 'proposed',
          at,
          actor: 'bot',
          note: `按《${offer.policyTitle}》提出方案：${offer.remedies.join('、')}`,
        },
      },
    },
  });
}

/**
 * Records the customer's answer to the open proposal. Accepted: the remedy is recorded as agreed and the complaint
 * closes as `accepted`. Refused: the complaint stays open (guide 六(九)) and goes back to investigation.
 */
export async function respondToOpenProposal(db: Db, code: string, accepted: boolean, at: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const complaint = await tx.complaint.findUniqueOrThrow({ where: { code }, select: { id: true } });
    const proposal = await tx.proposal.findFirst({
      where: { complaintId: complaint.id, status: 'open' },
      orderBy: { createdAt: 'desc' },
    });
    if (proposal) {
      await tx.proposal.update({
        where: { id: proposal.id },
        data: { status: accepted ? 'accepted' : 'refused', respondedAt: at },
      });
    }
    await tx.complaint.update({
      where: { code },
      data: accepted
        ? {
            status: 'closed',
            outcome: 'accepted',
            closedAt: at,
            queue: null,
            remedyAgreed: proposal
              ? { remedies: proposal.remedies, text: proposal.text, amount: proposal.amount }
              : undefined,
            events: {
              create: [
                { type: 'proposal_accepted', at, actor: 'customer', note: '顾客接受方案' },
                { type: 'closed', at, actor: 'bot', note: '方案已接受并记录，投诉终止' },
              ],
            },
          }
        : {
            status: 'investigating',
            events: { create: { type: 'proposal_refused', at, actor: 'customer', note: '顾客拒绝方案，投诉保持进行' } },
          },
    });
  });
}

/** 满意度调查: the customer's 1-5 score after closing; a second answer replaces the first. */
export async function recordSurvey(
  db: Db,
  code: string,
  input: { score: number; comment?: string; at: Date },
): Promise<void> {
  const complaint = await db.complaint.findUniqueOrThrow({ where: { code }, select: { id: true } });
  await db.surveyResponse.upsert({
    where: { complaintId: complaint.id },
    create: { complaintId: complaint.id, score: input.score, comment: input.comment, createdAt: input.at },
    update: { score: input.score, comment: input.comment },
  });
}
