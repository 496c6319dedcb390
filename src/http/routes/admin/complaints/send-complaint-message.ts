import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../../../db/agents.ts';
import { findComplaintConversation } from '../../../../db/conversations.ts';
import { recordOutbound } from '../../../../db/messages.ts';
import { markCustomerUpdated } from '../../../../db/sla.ts';
import type { CustomerMessageEvent } from '../../../../events/desk-events.ts';
import { checkCaseAction } from '../../../../handoff/case-access.ts';
import { caseMessageSchema } from '../../../../handoff/case-file.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { agentText, codeParams } from '../internal/admin-schemas.ts';
import { enforce, requireComplaint } from '../internal/enforce.ts';
import { publishToCustomer, storeForCustomer } from '../internal/tell-customer.ts';

export const sendComplaintMessageRoute = defineRoute({
  method: 'post',
  path: '/complaints/{code}/messages',
  operationId: 'sendComplaintMessage',
  summary: '回复顾客或添加内部备注 / reply to the customer, or add a private note',
  description:
    'A reply is stored as an outbound agent message and delivered to the customer on their channel. Only the ' +
    "assignee may reply (a supervisor or admin may step in); someone else's complaint is 403, an unclaimed one 409. " +
    'A private note (`private: true`) is never delivered; any agent may add one, to any complaint, closed ones included.',
  tag: 'complaints',
  role: 'frontline',
  params: codeParams,
  body: z.object({ text: agentText(5000), private: z.boolean().optional() }),
  response: { status: 201, description: 'the stored message', schema: caseMessageSchema },
  errors: ['not_found', 'conflict', 'invalid_json', 'validation_failed'],
});

/** POST /complaints/{code}/messages: an agent's reply (delivered) or private note (kept). */
export const sendComplaintMessageHandler = new Hono<AppEnv>().post(
  honoPath(sendComplaintMessageRoute.path),
  async (c) => {
    const agent = await requireAgent(c, 'frontline');
    const body = await readBody(c, sendComplaintMessageRoute.body);
    const { db, now, bus, sla } = c.var.deps;
    const at = now();
    const isPrivate = body.private ?? false;
    const { message, delivery, code } = await db.$transaction(async (tx) => {
      const complaint = await requireComplaint(tx, c.req.param('code'));
      if (!isPrivate) enforce(checkCaseAction(agent, complaint));
      const found = await findComplaintConversation(tx, complaint.code);
      if (!found?.conversation) {
        throw new ApiError('conflict', '该投诉没有可以联系顾客的会话 / the complaint has no conversation to write to');
      }
      const stored = isPrivate
        ? await recordOutbound(tx, {
            conversationId: found.conversation.id,
            complaintId: found.complaintId,
            author: 'agent',
            agentId: agent.id,
            text: body.text,
            private: true,
            at,
          })
        : null;
      const event: CustomerMessageEvent | null = isPrivate
        ? null
        : await storeForCustomer(tx, found.conversation, {
            complaintId: found.complaintId,
            author: 'agent',
            agentId: agent.id,
            text: body.text,
            at,
          });
      // 投诉跟踪: a reply is a progress update, so the automatic progress note waits a full interval again.
      if (event) {
        const { progressIntervalHours } = sla.current();
        await markCustomerUpdated(tx, complaint.code, { at, progressIntervalHours });
      }
      const id = stored?.id ?? event!.messageId;
      await recordAudit(tx, {
        actor: actorOf(agent),
        action: isPrivate ? 'complaint.note' : 'complaint.message',
        target: complaint.code,
        detail: { messageId: id },
        at,
      });
      return { message: { id }, delivery: event, code: complaint.code };
    });
    if (delivery) publishToCustomer(bus, [delivery]);
    bus.emit('deskChange', { code, kind: 'complaint_updated', at });
    return c.json(
      {
        id: message.id,
        direction: 'outbound' as const,
        author: 'agent' as const,
        agentId: agent.id,
        private: isPrivate,
        text: body.text,
        at: at.toISOString(),
      },
      201,
    );
  },
);
