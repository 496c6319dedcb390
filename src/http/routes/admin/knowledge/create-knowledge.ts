import { Hono } from 'hono';
import { recordAudit } from '../../../../db/agents.ts';
import { createKnowledgeDocument, listKnowledgeDocuments } from '../../../../db/knowledge.ts';
import { policyInputSchema } from '../../../../knowledge/policy-document.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { knowledgeDocumentSchema, knowledgeJson } from './knowledge-json.ts';

export const createKnowledgeRoute = defineRoute({
  method: 'post',
  path: '/knowledge',
  operationId: 'createKnowledge',
  summary: '新增政策 / add a policy document',
  description: 'The bot answers from it as soon as this returns: the search index is rebuilt before the response.',
  tag: 'knowledge',
  role: 'admin',
  body: policyInputSchema,
  response: { status: 201, description: 'the new document at version 1', schema: knowledgeDocumentSchema },
  errors: ['invalid_json', 'validation_failed'],
});

/** POST /knowledge: a new policy, indexed at once. */
export const createKnowledgeHandler = new Hono<AppEnv>().post(honoPath(createKnowledgeRoute.path), async (c) => {
  const admin = await requireAgent(c, 'admin');
  const body = await readBody(c, createKnowledgeRoute.body);
  const { db, kb, now } = c.var.deps;
  const document = await createKnowledgeDocument(db, body, actorOf(admin));
  await recordAudit(db, { actor: actorOf(admin), action: 'knowledge.create', target: document.id, at: now() });
  await kb.rebuild(await listKnowledgeDocuments(db));
  return c.json(knowledgeJson(document), 201);
});
