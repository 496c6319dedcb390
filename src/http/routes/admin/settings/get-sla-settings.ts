import { Hono } from 'hono';
import { slaPolicySchema } from '../../../../complaint/sla-policy.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';

export const getSlaSettingsRoute = defineRoute({
  method: 'get',
  path: '/settings/sla',
  operationId: 'getSlaSettings',
  summary: '处理时限 / the stage deadlines in force',
  description:
    'Hours per severity until first human contact and until the result, the progress-note interval, and the share ' +
    'of a stage before its deadline at which agents are warned. Defaults follow the sample policy 《投诉处理流程与时限》.',
  tag: 'settings',
  role: 'frontline',
  response: { status: 200, description: 'the SLA policy', schema: slaPolicySchema },
  errors: [],
});

/** GET /settings/sla: every agent may read the deadlines they work to. */
export const getSlaSettingsHandler = new Hono<AppEnv>().get(honoPath(getSlaSettingsRoute.path), async (c) => {
  await requireAgent(c, 'frontline');
  return c.json(c.var.deps.sla.current());
});
