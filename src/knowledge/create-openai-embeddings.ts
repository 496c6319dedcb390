import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';

/**
 * Embeddings from any OpenAI-compatible endpoint (OpenAI, DashScope, a local Ollama or vLLM). Only built when an
 * embeddings model is configured; a failing endpoint makes the knowledge base fall back to BM25, never fail.
 */
export function createOpenAiEmbeddings(config: {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs?: number;
}): EmbeddingsInterface {
  return new OpenAIEmbeddings({
    apiKey: config.apiKey,
    model: config.model,
    timeout: config.timeoutMs ?? 8000,
    maxRetries: 1,
    configuration: config.baseURL ? { baseURL: config.baseURL } : {},
  });
}
