import type { LlmClient, LlmFailureReason, LlmRequest, LlmResult } from './llm-client.ts';

/** A scripted answer: raw JSON the "model" returns (checked against the request's schema), or a failure. */
export type FakeLlmReply = { value: unknown } | { fail: LlmFailureReason; detail?: string };

/** An `LlmClient` for tests: answers from a script and keeps every request it was given. */
export interface FakeLlmClient extends LlmClient {
  readonly requests: LlmRequest<unknown>[];
}

/**
 * Answers the scripted replies in order (or asks `script` for each request). Scripted values go through the
 * request's schema like a real answer would, so a value the schema rejects comes back as `invalid_output`.
 * Running out of replies throws: the test asked for more calls than it scripted.
 */
export function createFakeLlmClient(
  script: FakeLlmReply[] | ((request: LlmRequest<unknown>) => FakeLlmReply),
): FakeLlmClient {
  const queue = Array.isArray(script) ? [...script] : undefined;
  const requests: LlmRequest<unknown>[] = [];
  return {
    requests,
    async complete<T>(request: LlmRequest<T>): Promise<LlmResult<T>> {
      requests.push(request);
      const reply = queue ? queue.shift() : (script as (r: LlmRequest<unknown>) => FakeLlmReply)(request);
      if (!reply) throw new Error(`fake LLM: no scripted reply left for call ${requests.length} (${request.task})`);
      if ('fail' in reply) return { ok: false, reason: reply.fail, detail: reply.detail ?? `fake ${reply.fail}` };
      const parsed = request.schema.safeParse(reply.value);
      if (!parsed.success) return { ok: false, reason: 'invalid_output', detail: 'fake: value does not match schema' };
      return { ok: true, value: parsed.data };
    },
  };
}
