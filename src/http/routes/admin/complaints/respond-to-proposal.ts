import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../../../db/agents.ts';
import { answerProposal } from '../../../../db/complaint-workflow.ts';
import { findComplaint } from '../../../../db/complaints.ts';
import { checkCaseAction } from '../../../../handoff/case-access.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { agentText, codeParams, proposalResultSchema } from '../internal/admin-schemas.ts';
import { closeCase } from '../internal/close-case.ts';
import { enforce, requireComplaint } from '../internal/enforce.ts';
import { publishToCustomer } from '../internal/tell-customer.ts';

export const respondToProposalRoute = defineRoute({
  method: 'post',
  path: '/complaints/{code}/proposals/{id}/response',
  operationId: 'respondToProposal',
  summary: "记录顾客对方案的答复 / record the customer's answer to a proposal",
  description:
    'For answers given outside the chat (by phone, in the shop). Accepted: the remedy is recorded as agreed and ' +
    'the complaint closes with outcome `accepted` (closing message and survey invitation sent). Refused: the ' +
    'complaint stays open and goes back to `investigating` (guide 六(九)). Only the assignee (or a supervisor/admin).',
  tag: 'complaints',
  role: 'frontline',
  params: codeParams.extend({ id: z.string().describe('proposal id') }),
  body: z.object({ accepted: z.boolean(), note: agentText(2000).optional() }),
  response: { status: 200, description: 'the answered proposal and the complaint', schema: proposalResultSchema },
  errors: ['not_found', 'conflict', 'invalid_json', 'validation_failed'],
});

/** POST /complaints/{code}/proposals/{id}/response: the customer's yes or no, as told to an agent. */
export const respondToProposalHandler = new Hono<AppEnv>().post(honoPath(respondToProposalRoute.path), async (c) => {
  const agent = await requireAgent(c, 'frontline');
  const body = await readBody(c, respondToProposalRoute.body);
  const { db, now, bus } = c.var.deps;
  const at = now();
  const { proposal, deliveries, code } = await db.$transaction(async (tx) => {
    const complaint = await requireComplaint(tx, c.req.param('code'));
    enforce(checkCaseAction(agent, complaint));
    const verdict = body.accepted ? '接受' : '拒绝';
    const answer = await answerProposal(tx, complaint.code, c.req.param('id'), {
      accepted: body.accepted,
      at,
      actor: actorOf(agent),
      note: `顾客${verdict}方案（${agent.name}记录）${body.note ? `：${body.note}` : ''}`,
    });
    if (answer.kind === 'not_found') throw new ApiError('not_found', '该投诉没有这个方案 / no such proposal');
    if (answer.kind === 'not_open')
      throw new ApiError('conflict', '该方案已经答复或撤回 / the proposal is no longer open');
    await recordAudit(tx, {
      actor: actorOf(agent),
      action: 'complaint.proposal_response',
      target: complaint.code,
      detail: { proposalId: answer.proposal.id, accepted: body.accepted },
      at,
    });
    const deliveries = body.accepted
      ? await closeCase(tx, agent, { code: complaint.code, outcome: 'accepted', note: body.note, at })
      : [];
    return { proposal: answer.proposal, deliveries, code: complaint.code };
  });
  publishToCustomer(bus, deliveries);
  bus.emit('deskChange', { code, kind: 'complaint_updated', at });
  return c.json({ proposal, complaint: await findComplaint(db, code) });
});
