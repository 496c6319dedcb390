import { Hono } from 'hono';
import { z } from 'zod';
import { findKnowledgeDocument, listKnowledgeVersions } from '../../../../db/knowledge.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import {
  knowledgeDocumentSchema,
  knowledgeJson,
  knowledgeVersionJson,
  knowledgeVersionSchema,
} from './knowledge-json.ts';

export const getKnowledgeRoute = defineRoute({
  method: 'get',
  path: '/knowledge/{id}',
  operationId: 'getKnowledge',
  summary: '一篇政策及其历史版本 / one policy document with its kept versions',
  tag: 'knowledge',
  role: 'frontline',
  params: z.object({ id: z.string() }),
  response: {
    status: 200,
    description: 'the document and its versions, newest first',
    schema: knowledgeDocumentSchema.extend({ versions: z.array(knowledgeVersionSchema) }),
  },
  errors: ['not_found'],
});

/** GET /knowledge/{id}: the current text and every earlier version. */
export const getKnowledgeHandler = new Hono<AppEnv>().get(honoPath(getKnowledgeRoute.path), async (c) => {
  await requireAgent(c, 'frontline');
  const { db } = c.var.deps;
  const document = await findKnowledgeDocument(db, c.req.param('id'));
  if (!document) throw new ApiError('not_found', '没有这篇政策 / no such policy document');
  const versions = await listKnowledgeVersions(db, document.id);
  return c.json({ ...knowledgeJson(document), versions: versions.map(knowledgeVersionJson) });
});
