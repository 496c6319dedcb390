import { z } from 'zod';

/** What an admin writes for one policy: the same fields as a knowledge/*.md file (front-matter + body). */
export const policyInputSchema = z.object({
  title: z.string().trim().min(1).max(100),
  /** e.g. 退换货, 维修保修, 退款 (see knowledge/README.md); free text so a shop can add its own */
  category: z.string().trim().min(1).max(50).nullish(),
  /** the date the policy takes effect, YYYY-MM-DD */
  effective: z.iso.date().nullish(),
  /** plain Chinese Markdown */
  body: z.string().trim().min(1).max(50_000),
});
export type PolicyInput = z.infer<typeof policyInputSchema>;

/** A live policy document of the knowledge base, at its current version. */
export const policyDocumentSchema = z.object({
  id: z.string(),
  /** source file name of a seeded document; null for documents made through the admin API */
  slug: z.string().nullable(),
  title: z.string(),
  category: z.string().nullable(),
  effective: z.string().nullable(),
  body: z.string(),
  version: z.number().int().positive(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;

/** One kept version of a policy document (the current one included). */
export const policyVersionSchema = z.object({
  version: z.number().int().positive(),
  title: z.string(),
  category: z.string().nullable(),
  effective: z.string().nullable(),
  body: z.string(),
  editedBy: z.string().nullable(),
  createdAt: z.date(),
});
export type PolicyVersion = z.infer<typeof policyVersionSchema>;

/** The part of a policy document the search index reads. */
export type PolicyText = Pick<PolicyDocument, 'id' | 'title' | 'body'>;
