import { Hono } from 'hono';
import { z } from 'zod';
import { computeKpis } from '../../../../complaint/kpis/compute-kpis.ts';
import { isoDateSchema, resolvePeriod } from '../../../../complaint/kpis/kpi-period.ts';
import { kpiReportSchema } from '../../../../complaint/kpis/kpi-report.ts';
import { gatherKpiFacts } from '../../../../db/kpis.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readQuery } from '../../../read-body.ts';
import { blankable } from '../internal/admin-schemas.ts';

export const getKpisRoute = defineRoute({
  method: 'get',
  path: '/kpis',
  operationId: 'getKpis',
  summary: '效能评价指标 / the KPI report of guide 五(三)',
  description:
    'The 13 indicators of 表：顾客投诉处理效果评价指标 in order, then the 顾客满意指数 (CSI, guide 九) on a 0-100 ' +
    'scale, each `{id, no, group, name, value, basis}`: `value` is a number (rates 0..1; changes are this period ' +
    'minus the previous one), a yes/no, or null when there is nothing to compute it from, and `basis` says in ' +
    'Chinese how it was computed and from what. 1-4 come from the organisation settings, else from the desk ' +
    '(agent accounts, policies); 5-9 from the figures entered under /figures; 10-13 from the complaints, messages ' +
    'and surveys. `analysis` holds the 八(二) breakdowns. The period is whole days in the business time zone, ' +
    '`from`..`to` inclusive; by default the last 30 days up to today.',
  tag: 'kpis',
  role: 'supervisor',
  query: z.object({
    from: blankable(isoDateSchema).describe('first day, YYYY-MM-DD; default 29 days before `to`'),
    to: blankable(isoDateSchema).describe('last day, YYYY-MM-DD, included; default today'),
  }),
  response: { status: 200, description: 'the KPI report', schema: kpiReportSchema },
  errors: ['validation_failed'],
});

/** GET /kpis: 效能评价指标 for managers (主管 and admins). */
export const getKpisHandler = new Hono<AppEnv>().get(honoPath(getKpisRoute.path), async (c) => {
  await requireAgent(c, 'supervisor');
  const query = readQuery(c, getKpisRoute.query);
  const { db, now, timeZone } = c.var.deps;
  const at = now();
  const resolved = resolvePeriod(query, at, timeZone);
  if (!resolved.ok) throw new ApiError('validation_failed', resolved.message);
  return c.json(computeKpis(await gatherKpiFacts(db, resolved.period, at)));
});
