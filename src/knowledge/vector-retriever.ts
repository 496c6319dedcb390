import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { BaseRetrieverInterface } from '@langchain/core/retrievers';
import { chunkKey, indexedText, type PolicyChunk } from './split-policy.ts';

/**
 * Embeds every passage (title first) into an in-memory vector store and returns its retriever; each result
 * carries the passage's `chunkKey` as `metadata.key`. Costs embeddings calls for all passages at each rebuild
 * and one per query.
 */
export async function buildVectorRetriever(
  chunks: readonly PolicyChunk[],
  embeddings: EmbeddingsInterface,
  k = 10,
): Promise<BaseRetrieverInterface> {
  const documents = chunks.map(
    (chunk) => new Document({ pageContent: indexedText(chunk), metadata: { key: chunkKey(chunk) } }),
  );
  const store = await MemoryVectorStore.fromDocuments(documents, embeddings);
  return store.asRetriever({ k });
}
