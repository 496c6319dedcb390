import { Hono } from 'hono';
import { z } from 'zod';
import { listKnowledgeDocuments } from '../../../../db/knowledge.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { knowledgeDocumentSchema, knowledgeJson } from './knowledge-json.ts';

export const listKnowledgeRoute = defineRoute({
  method: 'get',
  path: '/knowledge',
  operationId: 'listKnowledge',
  summary: '政策文档列表 / list the live policy documents',
  tag: 'knowledge',
  role: 'frontline',
  response: {
    status: 200,
    description: 'live documents, oldest first',
    schema: z.object({ items: z.array(knowledgeDocumentSchema) }),
  },
  errors: [],
});

/** GET /knowledge: every live policy the bot answers from (agents read them too). */
export const listKnowledgeHandler = new Hono<AppEnv>().get(honoPath(listKnowledgeRoute.path), async (c) => {
  await requireAgent(c, 'frontline');
  const documents = await listKnowledgeDocuments(c.var.deps.db);
  return c.json({ items: documents.map(knowledgeJson) });
});
