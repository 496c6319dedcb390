import { Hono } from 'hono';
import { z } from 'zod';
import { complaintRecordSchema } from '../../../../complaint/complaint-record.ts';
import { recordAudit } from '../../../../db/agents.ts';
import { claimComplaint } from '../../../../db/complaint-workflow.ts';
import { findComplaint } from '../../../../db/complaints.ts';
import { findComplaintConversation, setConversationOwner } from '../../../../db/conversations.ts';
import { checkClaim } from '../../../../handoff/case-access.ts';
import { roleLabels } from '../../../../handoff/role-labels.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { codeParams } from '../internal/admin-schemas.ts';
import { enforce, requireComplaint } from '../internal/enforce.ts';

export const claimComplaintRoute = defineRoute({
  method: 'post',
  path: '/complaints/{code}/claim',
  operationId: 'claimComplaint',
  summary: '认领投诉 / claim a complaint',
  description:
    'Makes the caller the assignee and owner of the conversation (the bot falls silent); status → investigating. ' +
    'Atomic: of concurrent claims exactly one wins, the others get 409. Frontline agents claim frontline-level ' +
    'complaints; specialists any queue; a complaint escalated to a supervisor needs a supervisor or admin.',
  tag: 'complaints',
  role: 'frontline',
  params: codeParams,
  body: z.object({}).loose(),
  response: { status: 200, description: 'the complaint, assigned to the caller', schema: complaintRecordSchema },
  errors: ['not_found', 'conflict', 'invalid_json', 'validation_failed'],
});

/** POST /complaints/{code}/claim: 认领 — one complaint, one owner. */
export const claimComplaintHandler = new Hono<AppEnv>().post(honoPath(claimComplaintRoute.path), async (c) => {
  const agent = await requireAgent(c, 'frontline');
  await readBody(c, claimComplaintRoute.body);
  const { db, now, bus } = c.var.deps;
  const at = now();
  const code = await db.$transaction(async (tx) => {
    const complaint = await requireComplaint(tx, c.req.param('code'));
    enforce(checkClaim(agent, complaint));
    const note = `${roleLabels[agent.role]}${agent.name}认领，开始投诉调查`;
    if (!(await claimComplaint(tx, complaint.code, { agentId: agent.id, at, actor: actorOf(agent), note }))) {
      throw new ApiError('conflict', '该投诉刚被其他客服认领 / another agent claimed it first');
    }
    const found = await findComplaintConversation(tx, complaint.code);
    if (found?.conversation) await setConversationOwner(tx, found.conversation.id, agent.id);
    await recordAudit(tx, { actor: actorOf(agent), action: 'complaint.claim', target: complaint.code, at });
    return complaint.code;
  });
  bus.emit('deskChange', { code, kind: 'complaint_updated', at });
  return c.json(await findComplaint(db, code));
});
