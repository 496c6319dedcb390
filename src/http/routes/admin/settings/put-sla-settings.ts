import { Hono } from 'hono';
import { slaPolicySchema } from '../../../../complaint/sla-policy.ts';
import { severities } from '../../../../complaint/taxonomy.ts';
import { recordAudit } from '../../../../db/agents.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';

const maxHours = 365 * 24;

export const putSlaSettingsRoute = defineRoute({
  method: 'put',
  path: '/settings/sla',
  operationId: 'putSlaSettings',
  summary: '修改处理时限 / change the stage deadlines',
  description:
    'Replaces the whole policy. Applies to complaints assessed from now on (and to what the bot tells customers); ' +
    'complaints already assessed keep the deadlines they were promised. First contact may not be later than the ' +
    `result; no stage longer than ${maxHours} hours.`,
  tag: 'settings',
  role: 'admin',
  body: slaPolicySchema.superRefine((policy, ctx) => {
    for (const severity of severities) {
      for (const stage of ['firstContactHours', 'resolutionHours'] as const) {
        if (policy[stage][severity] > maxHours) {
          ctx.addIssue({ code: 'custom', path: [stage, severity], message: `不能超过 ${maxHours} 小时 / too long` });
        }
      }
      if (policy.firstContactHours[severity] > policy.resolutionHours[severity]) {
        ctx.addIssue({
          code: 'custom',
          path: ['firstContactHours', severity],
          message: '首次联系时限不能晚于处理时限 / first contact must not be due after the result',
        });
      }
    }
    if (policy.progressIntervalHours > maxHours) {
      ctx.addIssue({
        code: 'custom',
        path: ['progressIntervalHours'],
        message: `不能超过 ${maxHours} 小时 / too long`,
      });
    }
  }),
  response: { status: 200, description: 'the SLA policy now in force', schema: slaPolicySchema },
  errors: ['invalid_json', 'validation_failed'],
});

/** PUT /settings/sla: an admin sets the shop's own deadlines (stored in the Setting table, key "sla"). */
export const putSlaSettingsHandler = new Hono<AppEnv>().put(honoPath(putSlaSettingsRoute.path), async (c) => {
  const admin = await requireAgent(c, 'admin');
  const policy = await readBody(c, putSlaSettingsRoute.body);
  const { db, now, sla } = c.var.deps;
  await sla.replace(policy);
  await recordAudit(db, { actor: actorOf(admin), action: 'settings.sla', detail: policy, at: now() });
  return c.json(sla.current());
});
