import { Hono } from 'hono';
import { z } from 'zod';
import { listAgents } from '../../../../db/agents.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { agentSchema } from '../internal/admin-schemas.ts';
import { agentJson } from '../internal/agent-json.ts';

export const listAgentsRoute = defineRoute({
  method: 'get',
  path: '/agents',
  operationId: 'listAgents',
  summary: '客服账号列表 / list agent accounts',
  tag: 'agents',
  role: 'supervisor',
  response: {
    status: 200,
    description: 'every account, active first',
    schema: z.object({ items: z.array(agentSchema) }),
  },
  errors: [],
});

/** GET /agents: who works the desk (主管 and admins). */
export const listAgentsHandler = new Hono<AppEnv>().get(honoPath(listAgentsRoute.path), async (c) => {
  await requireAgent(c, 'supervisor');
  const rows = await listAgents(c.var.deps.db);
  return c.json({ items: rows.map(agentJson) });
});
