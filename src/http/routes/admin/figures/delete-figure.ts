import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../../../db/agents.ts';
import { deleteFigure } from '../../../../db/kpis.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';

export const deleteFigureRoute = defineRoute({
  method: 'delete',
  path: '/figures/{id}',
  operationId: 'deleteFigure',
  summary: '删除外部平台数据 / delete a figure entered by mistake',
  tag: 'kpis',
  role: 'supervisor',
  params: z.object({ id: z.string().describe('figure id') }),
  response: { status: 200, description: 'deleted', schema: z.object({ id: z.string(), deleted: z.literal(true) }) },
  errors: ['not_found'],
});

/** DELETE /figures/{id}: removes a figure (a wrong period cannot be corrected in place). */
export const deleteFigureHandler = new Hono<AppEnv>().delete(honoPath(deleteFigureRoute.path), async (c) => {
  const agent = await requireAgent(c, 'supervisor');
  const { db, now } = c.var.deps;
  const id = c.req.param('id');
  if (!(await deleteFigure(db, id))) throw new ApiError('not_found', '没有这条数据 / no such figure');
  await recordAudit(db, { actor: actorOf(agent), action: 'figure.delete', target: id, at: now() });
  return c.json({ id, deleted: true as const });
});
