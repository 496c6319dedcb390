import { Hono } from 'hono';
import { z } from 'zod';
import { roleSchema } from '../../../../accounts/roles.ts';
import { generateToken, hashToken } from '../../../../accounts/token.ts';
import { createAgent, recordAudit } from '../../../../db/agents.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { agentText, issuedAgentSchema } from '../internal/admin-schemas.ts';
import { agentJson } from '../internal/agent-json.ts';

export const createAgentRoute = defineRoute({
  method: 'post',
  path: '/agents',
  operationId: 'createAgent',
  summary: '新建客服账号 / create an agent account',
  description: 'Returns the bearer token once; only its sha256 hash is stored.',
  tag: 'agents',
  role: 'admin',
  body: z.object({ name: agentText(60), role: roleSchema }),
  response: { status: 201, description: 'the account and its token', schema: issuedAgentSchema },
  errors: ['invalid_json', 'validation_failed'],
});

/** POST /agents: a new 一线/专员/主管/admin account with a token shown once. */
export const createAgentHandler = new Hono<AppEnv>().post(honoPath(createAgentRoute.path), async (c) => {
  const admin = await requireAgent(c, 'admin');
  const body = await readBody(c, createAgentRoute.body);
  const { db, now } = c.var.deps;
  const token = generateToken();
  const at = now();
  const agent = await db.$transaction(async (tx) => {
    const created = await createAgent(tx, { name: body.name, role: body.role, tokenHash: hashToken(token) });
    await recordAudit(tx, {
      actor: actorOf(admin),
      action: 'agent.create',
      target: created.id,
      detail: { name: created.name, role: created.role },
      at,
    });
    return created;
  });
  return c.json({ ...agentJson(agent), token }, 201);
});
