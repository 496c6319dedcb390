import { Hono } from 'hono';
import { z } from 'zod';
import { roleSchema } from '../../../../accounts/roles.ts';
import { countOtherActiveAdmins, findAgent, recordAudit, updateAgent } from '../../../../db/agents.ts';
import type { DbOrTx } from '../../../../db/client.ts';
import { listOpenComplaintCodesOf } from '../../../../db/complaint-list.ts';
import { transferComplaint } from '../../../../db/complaint-workflow.ts';
import { findComplaint } from '../../../../db/complaints.ts';
import { findComplaintConversation, setConversationOwner } from '../../../../db/conversations.ts';
import { readEscalationLevel, roleForLevel } from '../../../../handoff/escalation.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { agentSchema, agentText } from '../internal/admin-schemas.ts';
import { agentJson } from '../internal/agent-json.ts';

export const updateAgentRoute = defineRoute({
  method: 'patch',
  path: '/agents/{id}',
  operationId: 'updateAgent',
  summary: '修改或停用客服账号 / rename, change the role of, deactivate or reactivate an agent',
  description:
    '`active: false` deactivates the account: its token stops working at once and the open complaints it held go ' +
    'back to their queues, unassigned. The last active admin cannot be demoted or deactivated (409).',
  tag: 'agents',
  role: 'admin',
  params: z.object({ id: z.string().describe('agent id') }),
  body: z
    .object({ name: agentText(60).optional(), role: roleSchema.optional(), active: z.boolean().optional() })
    .refine((b) => b.name !== undefined || b.role !== undefined || b.active !== undefined, {
      error: '至少修改一项：name、role 或 active / change at least one of name, role, active',
    }),
  response: { status: 200, description: 'the account', schema: agentSchema },
  errors: ['not_found', 'conflict', 'invalid_json', 'validation_failed'],
});

/** PATCH /agents/{id}: account changes by an admin; deactivating hands the agent's complaints back to the queues. */
export const updateAgentHandler = new Hono<AppEnv>().patch(honoPath(updateAgentRoute.path), async (c) => {
  const admin = await requireAgent(c, 'admin');
  const body = await readBody(c, updateAgentRoute.body);
  const { db, now, bus } = c.var.deps;
  const at = now();
  const { agent, requeued } = await db.$transaction(async (tx) => {
    const current = await findAgent(tx, c.req.param('id'));
    if (!current) throw new ApiError('not_found', '没有这个客服账号 / no such agent');
    const losesAdmin =
      current.role === 'admin' && current.active && (body.active === false || (body.role ?? 'admin') !== 'admin');
    if (losesAdmin && (await countOtherActiveAdmins(tx, current.id)) === 0) {
      throw new ApiError(
        'conflict',
        '不能停用或降级最后一个管理员 / the last active admin cannot be demoted or deactivated',
      );
    }
    const agent = await updateAgent(tx, current.id, body);
    const requeued = current.active && body.active === false ? await requeueComplaintsOf(tx, current, admin, at) : [];
    await recordAudit(tx, {
      actor: actorOf(admin),
      action: 'agent.update',
      target: current.id,
      detail: { ...body, requeued },
      at,
    });
    return { agent, requeued };
  });
  for (const code of requeued) bus.emit('deskChange', { code, kind: 'complaint_queued', at });
  return c.json(agentJson(agent));
});

/** Puts a deactivated agent's open complaints back in their queues so no customer is left with nobody. */
async function requeueComplaintsOf(
  tx: DbOrTx,
  agent: { id: string; name: string },
  admin: { id: string },
  at: Date,
): Promise<string[]> {
  const codes = await listOpenComplaintCodesOf(tx, agent.id);
  for (const code of codes) {
    const complaint = (await findComplaint(tx, code))!;
    const level = readEscalationLevel(complaint.escalationLevel);
    const escalationLevel = level === 'bot' ? 'frontline' : level;
    await transferComplaint(tx, code, {
      queue: complaint.queue ?? (roleForLevel(escalationLevel) === 'frontline' ? 'frontline' : 'specialist'),
      escalationLevel,
      reason: 'agent_inactive',
      type: 'transferred',
      at,
      actor: `agent:${admin.id}`,
      note: `处理人${agent.name}的账号已停用，投诉退回队列`,
    });
    const found = await findComplaintConversation(tx, code);
    if (found?.conversation?.owner === 'agent') await setConversationOwner(tx, found.conversation.id, null);
  }
  return codes;
}
