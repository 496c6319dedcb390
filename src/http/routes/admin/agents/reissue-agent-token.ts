import { Hono } from 'hono';
import { z } from 'zod';
import { generateToken, hashToken } from '../../../../accounts/token.ts';
import { findAgent, recordAudit, replaceAgentToken } from '../../../../db/agents.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { issuedAgentSchema } from '../internal/admin-schemas.ts';
import { agentJson } from '../internal/agent-json.ts';

export const reissueAgentTokenRoute = defineRoute({
  method: 'post',
  path: '/agents/{id}/token',
  operationId: 'reissueAgentToken',
  summary: '重置客服令牌 / issue a new token for an agent',
  description: 'The old token stops working at once; the new one is shown once. Does not reactivate an account.',
  tag: 'agents',
  role: 'admin',
  params: z.object({ id: z.string().describe('agent id') }),
  body: z.object({}).loose(),
  response: { status: 200, description: 'the account and its new token', schema: issuedAgentSchema },
  errors: ['not_found', 'invalid_json', 'validation_failed'],
});

/** POST /agents/{id}/token: a lost or leaked token replaced. */
export const reissueAgentTokenHandler = new Hono<AppEnv>().post(honoPath(reissueAgentTokenRoute.path), async (c) => {
  const admin = await requireAgent(c, 'admin');
  await readBody(c, reissueAgentTokenRoute.body);
  const { db, now } = c.var.deps;
  const token = generateToken();
  const at = now();
  const agent = await db.$transaction(async (tx) => {
    const current = await findAgent(tx, c.req.param('id'));
    if (!current) throw new ApiError('not_found', '没有这个客服账号 / no such agent');
    const agent = await replaceAgentToken(tx, current.id, hashToken(token));
    await recordAudit(tx, { actor: actorOf(admin), action: 'agent.token', target: current.id, at });
    return agent;
  });
  return c.json({ ...agentJson(agent), token });
});
