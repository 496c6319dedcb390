import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { assessConfidence } from './assess-confidence.ts';
import type { Bm25Index } from './bm25-index.ts';
import { chunkKey } from './split-policy.ts';

/** What each passage found by the BM25 retriever carries besides its text. */
export interface PassageMetadata extends Record<string, unknown> {
  /** chunkKey of the passage */
  key: string;
  documentId: string;
  title: string;
  section: string | null;
  chunkIndex: number;
  score: number;
  coverage: number;
  /** assessConfidence of the BM25 evidence, 0..1 */
  confidence: number;
}

/**
 * LangChain retriever over a Bm25Index. The community BM25Retriever measures document length with /\w+/, which
 * is 0 for Chinese, so every score is NaN; this one ranks jieba words.
 */
export class Bm25Retriever extends BaseRetriever<PassageMetadata> {
  lc_namespace = ['qingting', 'knowledge', 'retrievers'];
  private readonly index: Bm25Index;
  private readonly k: number;

  constructor(fields: { index: Bm25Index; k?: number } & BaseRetrieverInput) {
    super(fields);
    this.index = fields.index;
    this.k = fields.k ?? 10;
  }

  static lc_name() {
    return 'Bm25Retriever';
  }

  async _getRelevantDocuments(query: string): Promise<Document<PassageMetadata>[]> {
    return this.index
      .search(this.index.analyze(query))
      .slice(0, this.k)
      .map(
        ({ chunk, score, coverage, matchedTerms, contentTerms }) =>
          new Document<PassageMetadata>({
            pageContent: chunk.text,
            metadata: {
              key: chunkKey(chunk),
              documentId: chunk.documentId,
              title: chunk.title,
              section: chunk.section,
              chunkIndex: chunk.index,
              score,
              coverage,
              confidence: assessConfidence({ coverage, matchedTerms, contentTerms }),
            },
          }),
      );
  }
}
