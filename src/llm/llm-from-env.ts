import type { Env } from '../env.ts';
import type { Logger } from '../log.ts';
import type { LlmClient } from './llm-client.ts';
import { createOpenAiLlmClient } from './openai-llm-client.ts';

/** The model named when OPENAI_MODEL is unset. */
export const defaultModel = 'gpt-4o-mini';

/** The configured OpenAI-compatible client, or undefined for the offline engine (no endpoint and no key set). */
export function llmFromEnv(env: Env, log: Logger): LlmClient | undefined {
  if (!env.OPENAI_BASE_URL && !env.OPENAI_API_KEY) return undefined;
  return createOpenAiLlmClient({
    // Local servers (Ollama, vLLM) need no key, but the SDK insists on one.
    apiKey: env.OPENAI_API_KEY ?? 'not-needed',
    baseURL: env.OPENAI_BASE_URL,
    model: env.OPENAI_MODEL ?? defaultModel,
    timeoutMs: env.OPENAI_TIMEOUT_MS,
    log,
  });
}
