import { Hono } from 'hono';
import { z } from 'zod';
import { remedySchema } from '../../../../complaint/taxonomy.ts';
import { recordAudit } from '../../../../db/agents.ts';
import { openAgentProposal } from '../../../../db/complaint-workflow.ts';
import { findComplaint } from '../../../../db/complaints.ts';
import { findComplaintConversation } from '../../../../db/conversations.ts';
import { markCustomerUpdated } from '../../../../db/sla.ts';
import { checkCompensationAuthority } from '../../../../handoff/authority-limits.ts';
import { checkCaseAction } from '../../../../handoff/case-access.ts';
import { proposalNotice } from '../../../../handoff/customer-notices.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { agentText, codeParams, proposalResultSchema } from '../internal/admin-schemas.ts';
import { enforce, requireComplaint } from '../internal/enforce.ts';
import { publishToCustomer, storeForCustomer } from '../internal/tell-customer.ts';

export const createProposalRoute = defineRoute({
  method: 'post',
  path: '/complaints/{code}/proposals',
  operationId: 'createProposal',
  summary: '提出处理方案 / propose a remedy to the customer',
  description:
    '方案沟通: the proposal is sent to the customer on their channel and the complaint moves to `proposed`; an ' +
    'earlier open proposal is withdrawn. `remedies` are SPEC §3 names. `amount` (yuan) is held to the approval ' +
    'limits of knowledge/compensation-authority.md: frontline ≤ 200, specialist ≤ 2000, above that a supervisor or ' +
    'admin (403 otherwise). Only the assignee (or a supervisor/admin) may propose.',
  tag: 'complaints',
  role: 'frontline',
  params: codeParams,
  body: z.object({
    remedies: z.array(remedySchema).min(1, { error: 'remedies: 至少选择一项处理措施 / at least one remedy' }).max(18),
    text: agentText(2000),
    amount: z.number().nonnegative().max(100_000_000).optional().describe('yuan'),
  }),
  response: { status: 201, description: 'the proposal, and the complaint it moved', schema: proposalResultSchema },
  errors: ['not_found', 'conflict', 'invalid_json', 'validation_failed'],
});

/** POST /complaints/{code}/proposals: 方案沟通 within the caller's approval limit. */
export const createProposalHandler = new Hono<AppEnv>().post(honoPath(createProposalRoute.path), async (c) => {
  const agent = await requireAgent(c, 'frontline');
  const body = await readBody(c, createProposalRoute.body);
  const { db, now, bus, sla } = c.var.deps;
  const at = now();
  const remedies = [...new Set(body.remedies)];
  const { proposal, delivery, code } = await db.$transaction(async (tx) => {
    const complaint = await requireComplaint(tx, c.req.param('code'));
    enforce(checkCaseAction(agent, complaint));
    enforce(checkCompensationAuthority(agent.role, body.amount));
    const amountNote = body.amount !== undefined ? `，金额 ${body.amount} 元` : '';
    const proposal = await openAgentProposal(tx, complaint.code, {
      remedies,
      text: body.text,
      amount: body.amount,
      proposedBy: actorOf(agent),
      at,
      note: `${agent.name}提出方案：${remedies.join('、')}${amountNote}`,
    });
    const found = await findComplaintConversation(tx, complaint.code);
    const delivery = found?.conversation
      ? await storeForCustomer(tx, found.conversation, {
          complaintId: found.complaintId,
          author: 'agent',
          agentId: agent.id,
          text: proposalNotice(complaint.code, body.text, body.amount),
          at,
        })
      : null;
    // 投诉跟踪: a proposal shown to the customer is a progress update too.
    if (delivery)
      await markCustomerUpdated(tx, complaint.code, { at, progressIntervalHours: sla.current().progressIntervalHours });
    await recordAudit(tx, {
      actor: actorOf(agent),
      action: 'complaint.propose',
      target: complaint.code,
      detail: { proposalId: proposal.id, remedies, amount: body.amount ?? null },
      at,
    });
    return { proposal, delivery, code: complaint.code };
  });
  if (delivery) publishToCustomer(bus, [delivery]);
  bus.emit('deskChange', { code, kind: 'complaint_updated', at });
  return c.json({ proposal, complaint: await findComplaint(db, code) }, 201);
});
