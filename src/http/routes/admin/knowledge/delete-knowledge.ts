import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../../../db/agents.ts';
import { deleteKnowledgeDocument, listKnowledgeDocuments } from '../../../../db/knowledge.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';

export const deleteKnowledgeRoute = defineRoute({
  method: 'delete',
  path: '/knowledge/{id}',
  operationId: 'deleteKnowledge',
  summary: '删除政策 / delete a policy document',
  description: 'The bot stops answering from it at once; its versions are kept for the record.',
  tag: 'knowledge',
  role: 'admin',
  params: z.object({ id: z.string() }),
  response: { status: 200, description: 'deleted', schema: z.object({ id: z.string(), deleted: z.literal(true) }) },
  errors: ['not_found'],
});

/** DELETE /knowledge/{id}: soft delete, then re-index without it. */
export const deleteKnowledgeHandler = new Hono<AppEnv>().delete(honoPath(deleteKnowledgeRoute.path), async (c) => {
  const admin = await requireAgent(c, 'admin');
  const { db, kb, now } = c.var.deps;
  const id = c.req.param('id');
  const at = now();
  if (!(await deleteKnowledgeDocument(db, id, at)))
    throw new ApiError('not_found', '没有这篇政策 / no such policy document');
  await recordAudit(db, { actor: actorOf(admin), action: 'knowledge.delete', target: id, at });
  await kb.rebuild(await listKnowledgeDocuments(db));
  return c.json({ id, deleted: true as const });
});
