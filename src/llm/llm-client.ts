import type { z } from 'zod';

/** One structured-output call: instructions, the customer's (already masked) text, and the answer's schema. */
export interface LlmRequest<T> {
  /** the task name, for logs (`triage`, …); matches `prompts/<task>.md` */
  task: string;
  system: string;
  user: string;
  /** the answer must parse with this schema, or the call fails with `invalid_output` */
  schema: z.ZodType<T>;
  /** the name sent with the JSON schema (letters, digits, `_` and `-`) */
  schemaName: string;
}

/** Why a call gave no usable answer; callers fall back to the offline engine or hand off. */
export const llmFailureReasons = ['timeout', 'http_error', 'rate_limited', 'invalid_output', 'network'] as const;
export type LlmFailureReason = (typeof llmFailureReasons)[number];

/** An answer that passed the schema, or an expected failure as a value: a model call never throws for these. */
export type LlmResult<T> = { ok: true; value: T } | { ok: false; reason: LlmFailureReason; detail: string };

/** The language-model capability: one structured answer per call. Real: `createOpenAiLlmClient`; tests: the fake. */
export interface LlmClient {
  complete<T>(request: LlmRequest<T>): Promise<LlmResult<T>>;
}
