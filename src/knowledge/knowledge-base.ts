import { z } from 'zod';
import type { PolicyText } from './policy-document.ts';

/** A passage of a policy found for a question. */
export const passageSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  text: z.string(),
  /** ranking score: BM25, or reciprocal-rank fusion when embeddings are configured */
  score: z.number(),
  /** how sure the knowledge base is that this passage answers the question, 0..1 */
  confidence: z.number().min(0).max(1),
});
export type Passage = z.infer<typeof passageSchema>;

export const citationSchema = z.object({ documentId: z.string(), title: z.string() });
export type Citation = z.infer<typeof citationSchema>;

/** What the knowledge base says to a question: an answer citing a policy, or that no policy answers it. */
export const knowledgeAnswerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('answer'),
    /** customer-facing Chinese text, e.g. 根据《七天无理由退货》：… */
    text: z.string(),
    citations: z.array(citationSchema).min(1),
    confidence: z.number().min(0).max(1),
  }),
  z.object({ kind: z.literal('no_answer'), reason: z.literal('no_policy_answer') }),
]);
export type KnowledgeAnswer = z.infer<typeof knowledgeAnswerSchema>;

/**
 * The shop's policies as something the bot can ask (STYLE §5: a capability with a real and a fake
 * implementation). Never throws for a question; `rebuild` swaps the index in when it is ready.
 */
export interface KnowledgeBase {
  /** Passages best first; `k` defaults to 5 (at most 20). */
  search(query: string, k?: number): Promise<Passage[]>;
  /** An answer from the best passage, or no_answer when no policy covers the question. */
  answer(query: string): Promise<KnowledgeAnswer>;
  /** Re-indexes the given live documents (call after every admin edit with the documents from the database). */
  rebuild(documents: readonly PolicyText[]): Promise<void>;
}
