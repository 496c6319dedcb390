// Test support: an msw mock of an OpenAI-compatible /chat/completions endpoint, for the real openai SDK.
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const mockBaseUrl = 'http://llm.mock/v1';

/** One scripted answer of the mock endpoint. */
export type MockReply =
  | { content: string | null; finishReason?: 'stop' | 'length'; delayMs?: number }
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  | { networkError: true };

export interface ChatCompletionsMock {
  /** the JSON body of every request, in order */
  readonly requests: ChatCompletionCreateParamsNonStreaming[];
  /** Scripts the next answers, one per request; a request beyond the script gets a 500. */
  reply(...replies: MockReply[]): void;
}

/** Starts msw for this test file (unhandled requests are errors) and resets script and requests after each test. */
export function useChatCompletionsMock(): ChatCompletionsMock {
  const requests: ChatCompletionCreateParamsNonStreaming[] = [];
  const script: MockReply[] = [];
  const server = setupServer(
    http.post(`${mockBaseUrl}/chat/completions`, async ({ request }) => {
      const body = (await request.json()) as ChatCompletionCreateParamsNonStreaming;
      requests.push(body);
      const reply = script.shift();
      if (!reply) return HttpResponse.json({ error: { message: 'mock: no reply scripted' } }, { status: 500 });
      if ('networkError' in reply) return HttpResponse.error();
      if (reply.delayMs) await delay(reply.delayMs);
      if ('status' in reply) {
        return HttpResponse.json(reply.body ?? null, { status: reply.status, headers: reply.headers });
      }
      return HttpResponse.json({
        id: 'chatcmpl-mock',
        object: 'chat.completion',
        created: 0,
        model: body.model,
        choices: [
          {
            index: 0,
            finish_reason: reply.finishReason ?? 'stop',
            logprobs: null,
            message: { role: 'assistant', content: reply.content, refusal: null },
          },
        ],
      });
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
    script.length = 0;
  });
  afterAll(() => server.close());
  return { requests, reply: (...replies) => script.push(...replies) };
}
