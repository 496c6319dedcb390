import { Hono } from 'hono';
import { z } from 'zod';
import { listFigures } from '../../../../db/kpis.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readQuery } from '../../../read-body.ts';
import { blankable } from '../internal/admin-schemas.ts';
import { figureIndicatorSchema, figureJson, figureSchema } from './figure-json.ts';

export const listFiguresRoute = defineRoute({
  method: 'get',
  path: '/figures',
  operationId: 'listFigures',
  summary: '外部平台数据列表 / list the figures entered from 12315 and 市民意速办',
  tag: 'kpis',
  role: 'supervisor',
  query: z.object({ indicator: blankable(figureIndicatorSchema) }),
  response: {
    status: 200,
    description: 'figures by indicator, then period',
    schema: z.object({ items: z.array(figureSchema) }),
  },
  errors: ['validation_failed'],
});

/** GET /figures: what the shop has entered for KPIs 5-9 (and the 投诉率 denominator). */
export const listFiguresHandler = new Hono<AppEnv>().get(honoPath(listFiguresRoute.path), async (c) => {
  await requireAgent(c, 'supervisor');
  const query = readQuery(c, listFiguresRoute.query);
  const rows = await listFigures(c.var.deps.db, query.indicator);
  return c.json({ items: rows.map(figureJson) });
});
