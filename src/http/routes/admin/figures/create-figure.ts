import { Hono } from 'hono';
import { z } from 'zod';
import { checkFigureValue } from '../../../../complaint/kpis/external-figures.ts';
import { isoDateSchema } from '../../../../complaint/kpis/kpi-period.ts';
import { recordAudit } from '../../../../db/agents.ts';
import { findOverlappingFigure, saveFigure } from '../../../../db/kpis.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { figureIndicatorSchema, figureJson, figureSchema } from './figure-json.ts';

export const createFigureRoute = defineRoute({
  method: 'post',
  path: '/figures',
  operationId: 'createFigure',
  summary: '录入外部平台数据 / enter a figure from 12315 or 市民意速办',
  description:
    'One value for the days `periodStart`..`periodEnd` (inclusive), e.g. a month of 12315 complaints. Entering the ' +
    'same indicator and period again replaces the value. Periods of one indicator may not overlap (409), so no ' +
    'complaint is counted twice. Counts are whole numbers ≥ 0, rates 0..1.',
  tag: 'kpis',
  role: 'supervisor',
  body: z
    .object({
      indicator: figureIndicatorSchema,
      periodStart: isoDateSchema,
      periodEnd: isoDateSchema,
      value: z.number({ error: 'value 必须是数字 / value must be a number' }),
    })
    .refine((b) => b.periodStart <= b.periodEnd, {
      error: 'periodStart 不能晚于 periodEnd / periodStart must not be after periodEnd',
      path: ['periodEnd'],
    }),
  response: { status: 201, description: 'the stored figure', schema: figureSchema },
  errors: ['conflict', 'invalid_json', 'validation_failed'],
});

/** POST /figures: the shop copies in an outside platform's figure for the KPI report. */
export const createFigureHandler = new Hono<AppEnv>().post(honoPath(createFigureRoute.path), async (c) => {
  const agent = await requireAgent(c, 'supervisor');
  const body = await readBody(c, createFigureRoute.body);
  const problem = checkFigureValue(body.indicator, body.value);
  if (problem) throw new ApiError('validation_failed', `value: ${problem}`);
  const { db, now } = c.var.deps;
  const at = now();
  const saved = await db.$transaction(async (tx) => {
    const overlapping = await findOverlappingFigure(tx, body);
    if (overlapping) {
      throw new ApiError(
        'conflict',
        `与已录入的 ${overlapping.periodStart} 至 ${overlapping.periodEnd} 的数据重叠 / overlaps a figure already entered`,
      );
    }
    const result = await saveFigure(tx, body);
    await recordAudit(tx, {
      actor: actorOf(agent),
      action: result.created ? 'figure.create' : 'figure.update',
      target: result.figure.id,
      detail: body,
      at,
    });
    return result.figure;
  });
  return c.json(figureJson(saved), 201);
});
