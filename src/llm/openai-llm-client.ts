import { setTimeout as sleep } from 'node:timers/promises';
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { ResponseFormatJSONSchema } from 'openai/resources/shared';
import type { z } from 'zod';
import type { Logger } from '../log.ts';
import type { LlmClient, LlmFailureReason, LlmRequest, LlmResult } from './llm-client.ts';
import { loadPrompt } from './load-prompt.ts';
import { normalizeErrorResponse } from './normalize-error-response.ts';

export interface OpenAiLlmClientOptions {
  apiKey: string;
  /** any OpenAI-compatible endpoint, e.g. `https://api.deepseek.com/v1`; unset: OpenAI */
  baseURL?: string | undefined;
  model: string;
  /** the whole budget of one `complete()`: every attempt and every backoff included */
  timeoutMs: number;
  /** extra attempts after a 429, a 5xx or a network failure; default 1 */
  maxRetries?: number;
  /** first backoff, doubled for each further retry; default 300 ms */
  retryDelayMs?: number;
  log: Logger;
}

type Mode = 'json_schema' | 'json_object';
type Failure = {
  ok: false;
  reason: LlmFailureReason;
  detail: string;
  retryable: boolean;
  retryAfterMs?: number;
  /** a 400 about response_format: the endpoint does not do `json_schema` */
  formatRejected?: boolean;
};
type Outcome<T> = { ok: true; value: T } | Failure;

const jsonObjectFallback = loadPrompt('json-object-fallback');
const formatComplaint = /response_format|json_schema|json schema/i;

/**
 * The `LlmClient` over the openai SDK, for OpenAI and compatible endpoints. Retries, time budget and the
 * `json_object` fallback are handled here (the SDK's own retries are off, they ignore the budget); every
 * failure is logged at warn without the prompt and returned as a value.
 */
export function createOpenAiLlmClient(options: OpenAiLlmClientOptions): LlmClient {
  const { model, timeoutMs, log } = options;
  const maxRetries = options.maxRetries ?? 1;
  const retryDelayMs = options.retryDelayMs ?? 300;
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: timeoutMs,
    maxRetries: 0,
    logLevel: 'off',
    // Late-bound, so a fetch patched after construction (msw in tests) is used; see normalizeErrorResponse.
    fetch: async (url, init) => normalizeErrorResponse(await globalThis.fetch(url, init)),
  });
  // Schemas this endpoint refused as json_schema: asked as json_object from then on.
  const jsonObjectOnly = new Set<string>();

  async function attempt<T>(
    request: LlmRequest<T>,
    format: ResponseFormatJSONSchema,
    mode: Mode,
    signal: AbortSignal,
  ): Promise<Outcome<T>> {
    const system =
      mode === 'json_schema'
        ? request.system
        : `${request.system}\n\n${jsonObjectFallback.render({ schema: JSON.stringify(format.json_schema.schema) })}`;
    try {
      const completion = await client.chat.completions.create(
        {
          model,
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: request.user },
          ],
          response_format: mode === 'json_schema' ? format : { type: 'json_object' },
        },
        { signal },
      );
      return readAnswer(completion, request.schema);
    } catch (error) {
      return classify(error, signal.aborted, timeoutMs);
    }
  }

  return {
    async complete<T>(request: LlmRequest<T>): Promise<LlmResult<T>> {
      // Throws for a schema structured outputs cannot express: a programming error, caught by the task's tests.
      const format = zodResponseFormat(request.schema, request.schemaName);
      const started = Date.now();
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), timeoutMs);
      let attempts = 0;
      let retries = 0;
      try {
        for (;;) {
          const mode: Mode = jsonObjectOnly.has(request.schemaName) ? 'json_object' : 'json_schema';
          attempts++;
          const outcome = await attempt(request, format, mode, deadline.signal);
          const fields = { task: request.task, model, mode, attempts, ms: Date.now() - started };
          if (outcome.ok) {
            log.debug('llm call answered', fields);
            return outcome;
          }
          if (outcome.formatRejected && mode === 'json_schema') {
            jsonObjectOnly.add(request.schemaName);
            log.info('llm endpoint refused json_schema; asking for json_object instead', {
              ...fields,
              detail: outcome.detail,
            });
            continue;
          }
          const wait = Math.max(retryDelayMs * 2 ** retries, outcome.retryAfterMs ?? 0);
          const left = timeoutMs - (Date.now() - started);
          // A retry needs a fair share of the budget after its backoff, or it would only end as a timeout.
          if (outcome.retryable && retries < maxRetries && left - wait >= timeoutMs / 4) {
            retries++;
            log.info('llm call failed; retrying', {
              ...fields,
              reason: outcome.reason,
              detail: outcome.detail,
              waitMs: wait,
            });
            await sleep(wait);
            continue;
          }
          log.warn('llm call failed', { ...fields, reason: outcome.reason, detail: outcome.detail });
          return { ok: false, reason: outcome.reason, detail: outcome.detail };
        }
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The message content as JSON that passes the schema; anything else is `invalid_output`. */
function readAnswer<T>(completion: ChatCompletion, schema: z.ZodType<T>): Outcome<T> {
  const invalid = (detail: string): Failure => ({ ok: false, reason: 'invalid_output', detail, retryable: false });
  // Compatible endpoints do not always keep to the SDK's types: check the shape at run time.
  const choice = Array.isArray(completion?.choices) ? completion.choices[0] : undefined;
  if (!choice) return invalid('no choices in the response');
  const { content, refusal } = choice.message ?? {};
  if (refusal) return invalid('the model refused');
  if (choice.finish_reason === 'length') return invalid('answer cut off (finish_reason length)');
  if (typeof content !== 'string' || !content.trim()) return invalid('empty answer');
  let json: unknown;
  try {
    json = JSON.parse(stripCodeFence(content));
  } catch {
    // Not the parser's message: it quotes the content.
    return invalid(`answer is not JSON (${content.length} characters)`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  return invalid(`answer does not match the schema: ${issues.join('; ')}`);
}

/** Some json_object endpoints wrap the object in a ```json fence. */
function stripCodeFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(content);
  return fenced ? fenced[1]! : content;
}

function classify(error: unknown, deadlinePassed: boolean, timeoutMs: number): Failure {
  // Our deadline aborts the request, its body or a backoff: whatever the SDK threw then, it is a timeout.
  if (deadlinePassed || error instanceof APIConnectionTimeoutError) {
    return { ok: false, reason: 'timeout', detail: `no answer within ${timeoutMs} ms`, retryable: false };
  }
  if (error instanceof APIConnectionError) {
    return { ok: false, reason: 'network', detail: describe(error), retryable: true };
  }
  if (error instanceof APIError && error.status !== undefined) {
    const status = error.status;
    const detail = error.message.slice(0, 300);
    if (status === 429) {
      return { ok: false, reason: 'rate_limited', detail, retryable: true, retryAfterMs: retryAfterMs(error.headers) };
    }
    const formatRejected = (status === 400 || status === 422) && formatComplaint.test(error.message);
    return { ok: false, reason: 'http_error', detail, retryable: status >= 500, formatRejected };
  }
  // e.g. a 200 whose body is not JSON at all
  return { ok: false, reason: 'http_error', detail: `unexpected response: ${describe(error)}`, retryable: false };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 300);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`.slice(0, 300);
}

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date. */
function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return Math.max(0, ms);
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
