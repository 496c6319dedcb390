import { z } from 'zod';
import type { PolicyDocument, PolicyVersion } from '../../../../knowledge/policy-document.ts';

/** A policy document as the API shows it. */
export const knowledgeDocumentSchema = z.object({
  id: z.string(),
  slug: z.string().nullable().describe('the knowledge/*.md file it was seeded from; null if made through the API'),
  title: z.string(),
  category: z.string().nullable(),
  effective: z.string().nullable(),
  body: z.string().describe('Markdown'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const knowledgeVersionSchema = z.object({
  version: z.number().int(),
  title: z.string(),
  category: z.string().nullable(),
  effective: z.string().nullable(),
  body: z.string(),
  editedBy: z.string().nullable(),
  createdAt: z.string(),
});

/** JSON of one document. */
export function knowledgeJson(d: PolicyDocument): z.infer<typeof knowledgeDocumentSchema> {
  return { ...d, createdAt: d.createdAt.toISOString(), updatedAt: d.updatedAt.toISOString() };
}

/** JSON of one kept version. */
export function knowledgeVersionJson(v: PolicyVersion): z.infer<typeof knowledgeVersionSchema> {
  return { ...v, createdAt: v.createdAt.toISOString() };
}
