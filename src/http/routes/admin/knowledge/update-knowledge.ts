import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../../../db/agents.ts';
import { listKnowledgeDocuments, updateKnowledgeDocument } from '../../../../db/knowledge.ts';
import { policyInputSchema } from '../../../../knowledge/policy-document.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { knowledgeDocumentSchema, knowledgeJson } from './knowledge-json.ts';

export const updateKnowledgeRoute = defineRoute({
  method: 'put',
  path: '/knowledge/{id}',
  operationId: 'updateKnowledge',
  summary: '修改政策（保留旧版本） / replace a policy document’s text as a new version',
  description: 'The old text is kept as a version; an edit that changes nothing makes no new version.',
  tag: 'knowledge',
  role: 'admin',
  params: z.object({ id: z.string() }),
  body: policyInputSchema,
  response: { status: 200, description: 'the document at its new version', schema: knowledgeDocumentSchema },
  errors: ['not_found', 'invalid_json', 'validation_failed'],
});

/** PUT /knowledge/{id}: a new version, indexed at once. */
export const updateKnowledgeHandler = new Hono<AppEnv>().put(honoPath(updateKnowledgeRoute.path), async (c) => {
  const admin = await requireAgent(c, 'admin');
  const body = await readBody(c, updateKnowledgeRoute.body);
  const { db, kb, now } = c.var.deps;
  const document = await updateKnowledgeDocument(db, c.req.param('id'), body, actorOf(admin));
  if (!document) throw new ApiError('not_found', '没有这篇政策 / no such policy document');
  await recordAudit(db, {
    actor: actorOf(admin),
    action: 'knowledge.update',
    target: document.id,
    detail: { version: document.version },
    at: now(),
  });
  await kb.rebuild(await listKnowledgeDocuments(db));
  return c.json(knowledgeJson(document));
});
