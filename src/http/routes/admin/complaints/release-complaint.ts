import { Hono } from 'hono';
import { z } from 'zod';
import { complaintRecordSchema } from '../../../../complaint/complaint-record.ts';
import { recordAudit } from '../../../../db/agents.ts';
import { releaseComplaint } from '../../../../db/complaint-workflow.ts';
import { findComplaint } from '../../../../db/complaints.ts';
import { findComplaintConversation, setConversationOwner } from '../../../../db/conversations.ts';
import { checkCaseAction } from '../../../../handoff/case-access.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { agentText, codeParams } from '../internal/admin-schemas.ts';
import { enforce, requireComplaint } from '../internal/enforce.ts';
import { moveDialogue } from '../internal/move-dialogue.ts';

export const releaseComplaintRoute = defineRoute({
  method: 'post',
  path: '/complaints/{code}/release',
  operationId: 'releaseComplaint',
  summary: '交回机器人 / hand the complaint back to the bot',
  description:
    'Without closing: the assignee and queue are cleared, the escalation level goes back to `bot`, the status stays, ' +
    'and the bot owns the conversation again (a customer who asks for a human is queued afresh). Only the assignee ' +
    '(or a supervisor/admin) may release.',
  tag: 'complaints',
  role: 'frontline',
  params: codeParams,
  body: z.object({ note: agentText(2000).optional() }),
  response: { status: 200, description: 'the complaint, with the bot', schema: complaintRecordSchema },
  errors: ['not_found', 'conflict', 'invalid_json', 'validation_failed'],
});

/** POST /complaints/{code}/release: the bot takes the conversation back. */
export const releaseComplaintHandler = new Hono<AppEnv>().post(honoPath(releaseComplaintRoute.path), async (c) => {
  const agent = await requireAgent(c, 'frontline');
  const body = await readBody(c, releaseComplaintRoute.body);
  const { db, now, bus } = c.var.deps;
  const at = now();
  const code = await db.$transaction(async (tx) => {
    const complaint = await requireComplaint(tx, c.req.param('code'));
    enforce(checkCaseAction(agent, complaint));
    const note = `${agent.name}交回智能客服${body.note ? `：${body.note}` : ''}`;
    if (!(await releaseComplaint(tx, complaint.code, { at, actor: actorOf(agent), note }))) {
      throw new ApiError('conflict', '投诉已经结束 / the complaint is closed');
    }
    const found = await findComplaintConversation(tx, complaint.code);
    const conversation = found?.conversation;
    if (found && conversation) {
      if (conversation.owner === 'agent') await setConversationOwner(tx, conversation.id, null);
      // The dialogue leaves "waiting for a human": registered again, so asking for a human queues it afresh.
      await moveDialogue(tx, conversation, { code: complaint.code, from: ['handed_off'], to: 'registered', at });
    }
    await recordAudit(tx, { actor: actorOf(agent), action: 'complaint.release', target: complaint.code, at });
    return complaint.code;
  });
  bus.emit('deskChange', { code, kind: 'complaint_updated', at });
  return c.json(await findComplaint(db, code));
});
