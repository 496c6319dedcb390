import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { BaseRetrieverInterface } from '@langchain/core/retrievers';
import type { Db } from '../db/client.ts';
import { listKnowledgeDocuments } from '../db/knowledge.ts';
import { type Logger, silentLogger } from '../log.ts';
import { answerThreshold } from './assess-confidence.ts';
import { Bm25Index } from './bm25-index.ts';
import { Bm25Retriever } from './bm25-retriever.ts';
import { composeAnswer } from './compose-answer.ts';
import { fuseRankings } from './fuse-rankings.ts';
import type { KnowledgeAnswer, KnowledgeBase, Passage } from './knowledge-base.ts';
import type { PolicyText } from './policy-document.ts';
import { chunkKey, type PolicyChunk, splitPolicy } from './split-policy.ts';
import { buildVectorRetriever } from './vector-retriever.ts';

export interface KnowledgeBaseOptions {
  /** an OpenAI-compatible embeddings model; without it retrieval is BM25 only */
  embeddings?: EmbeddingsInterface;
  log?: Logger;
}

interface Index {
  bm25: Bm25Index;
  lexical: Bm25Retriever;
  vector: BaseRetrieverInterface | null;
  chunks: Map<string, PolicyChunk>;
}

interface Ranked {
  chunk: PolicyChunk;
  score: number;
  confidence: number;
}

// How deep each retriever looks before fusion, and so the most passages a search returns.
const depth = 20;
// A question is short; a long message (a whole complaint) is searched by its beginning, which keeps every
// search within a few milliseconds.
const maxQueryLength = 500;

/** The knowledge base over the live policy documents of the database (built at start-up). */
export async function createKnowledgeBase(deps: {
  db: Db;
  embeddings?: EmbeddingsInterface;
  log: Logger;
}): Promise<KnowledgeBase> {
  return buildKnowledgeBase(await listKnowledgeDocuments(deps.db), deps);
}

/** The knowledge base over the given documents: BM25 over jieba words, fused with embeddings when configured. */
export async function buildKnowledgeBase(
  documents: readonly PolicyText[],
  options: KnowledgeBaseOptions = {},
): Promise<KnowledgeBase> {
  const log = options.log ?? silentLogger;
  let index = await buildIndex(documents, options.embeddings, log);
  let generation = 0;

  // One index snapshot per question: a rebuild that lands meanwhile does not mix two versions.
  async function rank(current: Index, question: string, k: number): Promise<Ranked[]> {
    const query = question.slice(0, maxQueryLength);
    const lexical = await current.lexical.invoke(query);
    const evidence = new Map(lexical.map((d) => [d.metadata.key, d.metadata]));
    let ranking = lexical.map((d) => ({ key: d.metadata.key, score: d.metadata.score }));
    if (current.vector) {
      try {
        const semantic = (await current.vector.invoke(query)).map((d) => String(d.metadata.key));
        ranking = fuseRankings([ranking.map((r) => r.key), semantic], (key) => key).map(({ item, score }) => ({
          key: item,
          score,
        }));
      } catch (error) {
        log.warn('knowledge: embeddings search failed, BM25 only', { error });
      }
    }
    return ranking.slice(0, k).flatMap(({ key, score }) => {
      const chunk = current.chunks.get(key);
      return chunk ? [{ chunk, score, confidence: evidence.get(key)?.confidence ?? 0 }] : [];
    });
  }

  return {
    async search(query, k = 5) {
      if (query.trim() === '') return [];
      return (await rank(index, query, k)).map(
        ({ chunk, score, confidence }): Passage => ({
          documentId: chunk.documentId,
          title: chunk.title,
          text: chunk.text,
          score,
          confidence,
        }),
      );
    },

    async answer(query): Promise<KnowledgeAnswer> {
      const current = index;
      const ranked = query.trim() === '' ? [] : await rank(current, query, 3);
      const top = ranked[0];
      if (!top || top.confidence < answerThreshold) return { kind: 'no_answer', reason: 'no_policy_answer' };
      const terms = current.bm25.analyze(query.slice(0, maxQueryLength));
      const text = composeAnswer({
        title: top.chunk.title,
        passages: ranked.filter((r) => r.chunk.documentId === top.chunk.documentId).map((r) => r.chunk),
        relevance: (sentence) => current.bm25.coverageOf(terms, sentence),
      });
      return {
        kind: 'answer',
        text,
        citations: [{ documentId: top.chunk.documentId, title: top.chunk.title }],
        confidence: Math.round(top.confidence * 100) / 100,
      };
    },

    async rebuild(next) {
      const mine = ++generation;
      const built = await buildIndex(next, options.embeddings, log);
      // Two edits in quick succession: the index of the later one wins, whichever finishes first.
      if (mine === generation) index = built;
    },
  };
}

async function buildIndex(
  documents: readonly PolicyText[],
  embeddings: EmbeddingsInterface | undefined,
  log: Logger,
): Promise<Index> {
  const started = performance.now();
  const chunks = (await Promise.all(documents.map((d) => splitPolicy(d)))).flat();
  const bm25 = new Bm25Index(chunks);
  let vector: BaseRetrieverInterface | null = null;
  if (embeddings && chunks.length > 0) {
    try {
      vector = await buildVectorRetriever(chunks, embeddings, depth);
    } catch (error) {
      log.warn('knowledge: embeddings index failed, BM25 only', { error });
    }
  }
  log.info('knowledge index built', {
    documents: documents.length,
    passages: chunks.length,
    embeddings: vector !== null,
    ms: Math.round(performance.now() - started),
  });
  return {
    bm25,
    lexical: new Bm25Retriever({ index: bm25, k: depth }),
    vector,
    chunks: new Map(chunks.map((c) => [chunkKey(c), c])),
  };
}
