import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../log.ts';
import { mockBaseUrl, useChatCompletionsMock } from './chat-completions-mock.ts';
import { createOpenAiLlmClient, type OpenAiLlmClientOptions } from './openai-llm-client.ts';

const mock = useChatCompletionsMock();
const schema = z.object({ answer: z.enum(['yes', 'no']), note: z.string().nullable() });
const request = { task: 'probe', system: '判断顾客是否满意。', user: '顾客说：还行吧', schema, schemaName: 'probe' };

function client(options: Partial<OpenAiLlmClientOptions> = {}) {
  const lines: string[] = [];
  const llm = createOpenAiLlmClient({
    apiKey: 'test-key',
    baseURL: mockBaseUrl,
    model: 'test-model',
    timeoutMs: 2000,
    retryDelayMs: 10,
    log: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
    ...options,
  });
  return { llm, lines };
}

const good = { content: JSON.stringify({ answer: 'yes', note: null }) };
const status = (code: number, message = 'upstream trouble', headers?: Record<string, string>) => ({
  status: code,
  body: { error: { message, type: 'server_error' } },
  headers,
});

describe('createOpenAiLlmClient', () => {
  it('sends system and user messages with a strict json_schema and returns the parsed answer', async () => {
    mock.reply(good);
    const result = await client().llm.complete(request);
    expect(result).toEqual({ ok: true, value: { answer: 'yes', note: null } });
    expect(mock.requests).toHaveLength(1);
    const body = mock.requests[0]!;
    expect(body.model).toBe('test-model');
    expect(body.messages).toEqual([
      { role: 'system', content: '判断顾客是否满意。' },
      { role: 'user', content: '顾客说：还行吧' },
    ]);
    expect(body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'probe', strict: true, schema: { required: ['answer', 'note'] } },
    });
  });

  it('accepts an object wrapped in a ```json fence', async () => {
    mock.reply({ content: '```json\n{"answer":"no","note":"太贵"}\n```' });
    expect(await client().llm.complete(request)).toEqual({ ok: true, value: { answer: 'no', note: '太贵' } });
  });

  it.each([
    ['prose', { content: '好的，顾客应该是满意的。' }, /not JSON/],
    ['truncated JSON', { content: '{"answer":"yes","no' }, /not JSON/],
    ['an answer cut off at max tokens', { content: '{"answer":"yes"', finishReason: 'length' as const }, /cut off/],
    ['JSON failing the schema', { content: '{"answer":"maybe","note":null}' }, /answer:/],
    ['no content', { content: null }, /empty/],
  ])('returns invalid_output for %s, without retrying', async (_, reply, detail) => {
    mock.reply(reply, good);
    const result = await client().llm.complete(request);
    expect(result).toMatchObject({ ok: false, reason: 'invalid_output', detail: expect.stringMatching(detail) });
    expect(mock.requests).toHaveLength(1);
  });

  it('retries a 429 once and returns the second answer', async () => {
    mock.reply(status(429, 'Rate limit reached'), good);
    const result = await client().llm.complete(request);
    expect(result).toEqual({ ok: true, value: { answer: 'yes', note: null } });
    expect(mock.requests).toHaveLength(2);
    expect(mock.requests[1]).toEqual(mock.requests[0]);
  });

  it('gives rate_limited after a 429 on the retry too', async () => {
    mock.reply(status(429), status(429), good);
    const result = await client().llm.complete(request);
    expect(result).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(mock.requests).toHaveLength(2);
  });

  it('does not wait for a retry-after beyond the time budget', async () => {
    mock.reply(status(429, 'slow down', { 'retry-after': '30' }), good);
    const started = Date.now();
    const result = await client().llm.complete(request);
    expect(result).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(mock.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('retries a 5xx once, then reports http_error', async () => {
    mock.reply(status(500), status(503), good);
    const result = await client().llm.complete(request);
    expect(result).toMatchObject({ ok: false, reason: 'http_error', detail: expect.stringContaining('503') });
    expect(mock.requests).toHaveLength(2);
  });

  it('retries a network failure', async () => {
    mock.reply({ networkError: true }, good);
    expect(await client().llm.complete(request)).toMatchObject({ ok: true });
    mock.reply({ networkError: true }, { networkError: true });
    expect(await client().llm.complete(request)).toMatchObject({ ok: false, reason: 'network' });
    expect(mock.requests).toHaveLength(4);
  });

  it('does not retry a plain 4xx', async () => {
    mock.reply(status(401, 'Incorrect API key provided'), good);
    const result = await client().llm.complete(request);
    expect(result).toMatchObject({ ok: false, reason: 'http_error', detail: expect.stringContaining('401') });
    expect(mock.requests).toHaveLength(1);
  });

  it('does not retry at all with maxRetries 0', async () => {
    mock.reply(status(500), good);
    expect(await client({ maxRetries: 0 }).llm.complete(request)).toMatchObject({ ok: false, reason: 'http_error' });
    expect(mock.requests).toHaveLength(1);
  });

  it('gives timeout when the endpoint answers after the budget, and does not retry', async () => {
    mock.reply({ ...good, delayMs: 1000 }, good);
    const started = Date.now();
    const result = await client({ timeoutMs: 200 }).llm.complete(request);
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(800);
    expect(mock.requests).toHaveLength(1);
  });

  it('keeps retries inside the budget: a slow retry ends as timeout when the budget runs out', async () => {
    mock.reply({ ...status(502), delayMs: 300 }, { ...good, delayMs: 2000 });
    const started = Date.now();
    const result = await client({ timeoutMs: 600 }).llm.complete(request);
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(mock.requests).toHaveLength(2);
    // one budget of 600 ms for both attempts, not a fresh 600 ms for the retry after 300 ms
    expect(Date.now() - started).toBeLessThan(800);
  });

  it('falls back to json_object with the schema in the prompt when json_schema is refused, and remembers', async () => {
    mock.reply(status(400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported"), good, good);
    const { llm } = client();
    expect(await llm.complete(request)).toEqual({ ok: true, value: { answer: 'yes', note: null } });
    expect(mock.requests).toHaveLength(2);
    const fallback = mock.requests[1]!;
    expect(fallback.response_format).toEqual({ type: 'json_object' });
    const system = String(fallback.messages[0]?.content);
    expect(system.startsWith('判断顾客是否满意。')).toBe(true);
    expect(system).toContain('JSON');
    expect(system).toContain('"enum":["yes","no"]');
    expect(fallback.messages[1]).toEqual({ role: 'user', content: '顾客说：还行吧' });

    expect(await llm.complete(request)).toMatchObject({ ok: true });
    expect(mock.requests).toHaveLength(3);
    expect(mock.requests[2]!.response_format).toEqual({ type: 'json_object' });
  });

  it("reads older vLLM's error shape, which the SDK alone reports as 'no body'", async () => {
    const vllm = { object: 'error', message: 'guided decoding: response_format json_schema unsupported', code: 400 };
    mock.reply({ status: 400, body: vllm }, good);
    expect(await client().llm.complete(request)).toMatchObject({ ok: true });
    expect(mock.requests.map((r) => r.response_format?.type)).toEqual(['json_schema', 'json_object']);
  });

  it('falls back only once: a 400 to json_object too is an http_error', async () => {
    mock.reply(status(400, 'response_format not supported'), status(400, 'response_format not supported'), good);
    const result = await client().llm.complete(request);
    expect(result).toMatchObject({ ok: false, reason: 'http_error', detail: expect.stringContaining('400') });
    expect(mock.requests).toHaveLength(2);
  });

  it('logs a failure at warn with task and reason, but not the prompt', async () => {
    mock.reply(status(429), status(429));
    const { llm, lines } = client();
    await llm.complete({ ...request, user: '我的电话13812345678，快处理' });
    const warn = lines.filter((l) => l.includes(' WARN '));
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatch(/llm call failed .*task=probe .*attempts=2 .*reason=rate_limited/);
    expect(lines.join('\n')).not.toMatch(/快处理|判断顾客|13812345678/);
  });
});
