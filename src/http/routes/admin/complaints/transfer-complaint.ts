import { Hono } from 'hono';
import { z } from 'zod';
import { complaintRecordSchema } from '../../../../complaint/complaint-record.ts';
import { recordAudit } from '../../../../db/agents.ts';
import { transferComplaint } from '../../../../db/complaint-workflow.ts';
import { findComplaint } from '../../../../db/complaints.ts';
import { findComplaintConversation, setConversationOwner } from '../../../../db/conversations.ts';
import { checkCaseAction } from '../../../../handoff/case-access.ts';
import {
  escalationLabels,
  isEscalation,
  placementOf,
  readEscalationLevel,
  transferTargetSchema,
} from '../../../../handoff/escalation.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { agentText, codeParams } from '../internal/admin-schemas.ts';
import { enforce, requireComplaint } from '../internal/enforce.ts';
import { moveDialogue } from '../internal/move-dialogue.ts';

export const transferComplaintRoute = defineRoute({
  method: 'post',
  path: '/complaints/{code}/transfer',
  operationId: 'transferComplaint',
  summary: '转交 / 升级 — transfer or escalate a complaint',
  description:
    '附件D 投诉递进 (bot → frontline → specialist → supervisor): puts the complaint back in a queue, unassigned, ' +
    'with the note on its timeline; the conversation goes back to the bot, which tells the customer they are ' +
    'waiting. `queue: "supervisor"` escalates to a supervisor: the complaint waits in the specialist queue with ' +
    '`escalationLevel: "supervisor"` and only a supervisor or admin can claim it. Only the assignee (or a ' +
    'supervisor/admin) may transfer.',
  tag: 'complaints',
  role: 'frontline',
  params: codeParams,
  body: z.object({ queue: transferTargetSchema, note: agentText(2000).optional() }),
  response: { status: 200, description: 'the complaint, waiting in its new queue', schema: complaintRecordSchema },
  errors: ['not_found', 'conflict', 'invalid_json', 'validation_failed'],
});

/** POST /complaints/{code}/transfer: back to a queue, usually one level up. */
export const transferComplaintHandler = new Hono<AppEnv>().post(honoPath(transferComplaintRoute.path), async (c) => {
  const agent = await requireAgent(c, 'frontline');
  const body = await readBody(c, transferComplaintRoute.body);
  const { db, now, bus } = c.var.deps;
  const at = now();
  const code = await db.$transaction(async (tx) => {
    const complaint = await requireComplaint(tx, c.req.param('code'));
    enforce(checkCaseAction(agent, complaint));
    const from = readEscalationLevel(complaint.escalationLevel);
    const to = placementOf(body.queue);
    const up = isEscalation(from, to.escalationLevel);
    const note = `${agent.name}${up ? '升级' : '转交'}给${escalationLabels[to.escalationLevel]}${body.note ? `：${body.note}` : ''}`;
    const moved = await transferComplaint(tx, complaint.code, {
      ...to,
      reason: up ? 'escalated' : 'transferred',
      type: up ? 'escalated' : 'transferred',
      at,
      actor: actorOf(agent),
      note,
    });
    if (!moved) throw new ApiError('conflict', '投诉已经结束 / the complaint is closed');
    const found = await findComplaintConversation(tx, complaint.code);
    const conversation = found?.conversation;
    if (conversation) {
      if (conversation.owner === 'agent') await setConversationOwner(tx, conversation.id, null);
      // Back in a queue: the bot only keeps the customer company until the next agent claims it.
      await moveDialogue(tx, conversation, {
        code: complaint.code,
        from: ['registered', 'proposing'],
        to: 'handed_off',
        at,
      });
    }
    await recordAudit(tx, {
      actor: actorOf(agent),
      action: 'complaint.transfer',
      target: complaint.code,
      detail: { from, to: to.escalationLevel, queue: to.queue },
      at,
    });
    return complaint.code;
  });
  bus.emit('deskChange', { code, kind: 'complaint_queued', at });
  return c.json(await findComplaint(db, code));
});
