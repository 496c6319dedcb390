import { describe, expect, it } from 'vitest';
import { categories } from '../complaint/taxonomy.ts';
import { silentLogger } from '../log.ts';
import { type TriageResult, triageResultSchema } from '../triage/triage-result.ts';
import { mockBaseUrl, useChatCompletionsMock } from './chat-completions-mock.ts';
import { createFakeLlmClient } from './fake-llm-client.ts';
import { createOpenAiLlmClient } from './openai-llm-client.ts';
import { triageWithLlm } from './triage-with-llm.ts';

const mock = useChatCompletionsMock();
const llm = (timeoutMs = 2000) =>
  createOpenAiLlmClient({
    apiKey: 'test-key',
    baseURL: mockBaseUrl,
    model: 'test-model',
    timeoutMs,
    retryDelayMs: 10,
    log: silentLogger,
  });

// Saturday 28 November 2026, 10:00 in Shanghai
const now = new Date('2026-11-28T02:00:00Z');
const text =
  '我是王先生，11月20号在你们店订的沙发，订单号DD20261120001，付了4999元，说好一周送到，到现在还没送！' +
  '客服一直说在安排。电话13812345678，邮箱wang.li@example.com。要么今天送到，要么退钱。';
const offline: TriageResult = {
  category: '未收到产品',
  categories: ['未收到产品', '延期交付产品', '不良服务'],
  severity: 'medium',
  safety: false,
  immediateAction: false,
  spilloverRisk: false,
  fields: {
    description: text,
    orderNumber: 'DD20261120001',
    occurredOn: '2026-11-20',
    amount: 4999,
    phone: '13812345678',
    email: 'wang.li@example.com',
  },
};

/** A model answer as raw JSON; overrides may be invalid on purpose. */
function answer(overrides: { [key: string]: unknown; fields?: Record<string, unknown> } = {}) {
  return {
    categories: ['延期交付产品', '未兑现承诺'],
    severity: 'medium',
    safety: false,
    immediateAction: false,
    spilloverRisk: false,
    ...overrides,
    fields: {
      product: '沙发',
      orderNumber: 'DD20261120001',
      occurredOn: '2026-11-20',
      remedyRequested: ['交付产品', '退还其他已产生费用'],
      customerName: '王先生',
      amount: 4999,
      ...overrides.fields,
    },
  };
}
const reply = (value: unknown) => ({ content: JSON.stringify(value) });

describe('triageWithLlm', () => {
  it('merges a good answer: categories from the model, gaps filled, offline fields kept', async () => {
    mock.reply(reply(answer({ fields: { amount: 5000, occurredOn: '2026-11-21' } })));
    const result = await triageWithLlm(llm(), text, now, offline);

    expect(result).toEqual({
      category: '延期交付产品',
      categories: ['延期交付产品', '未兑现承诺', '未收到产品'],
      severity: 'medium',
      safety: false,
      immediateAction: false,
      spilloverRisk: false,
      fields: {
        ...offline.fields,
        product: '沙发',
        customerName: '王先生',
        remedyRequested: ['交付产品', '退还其他已产生费用'],
      },
    });
    expect(triageResultSchema.safeParse(result).success).toBe(true);

    expect(mock.requests).toHaveLength(1);
    const body = mock.requests[0]!;
    const system = String(body.messages[0]?.content);
    expect(system).toContain('今天是 2026-11-28（星期六，Asia/Shanghai 时间）');
    expect(system).not.toMatch(/\{\{|<!--/);
    expect(body.messages[1]?.role).toBe('user');
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'triage', strict: true } });
    const schema = JSON.stringify(body.response_format);
    for (const category of categories) expect(schema).toContain(JSON.stringify(category));
    expect(schema).not.toMatch(/"phone"|"email"/);
  });

  it('sends the text masked: 138****5678, never the raw phone number or e-mail', async () => {
    mock.reply(reply(answer({ fields: { customerName: null } })));
    const result = await triageWithLlm(llm(), text, now, offline);

    const sent = JSON.stringify(mock.requests[0]);
    expect(sent).toContain('电话138****5678');
    expect(sent).toContain('w***@example.com');
    expect(sent).not.toContain('13812345678');
    expect(sent).not.toContain('wang.li@');
    expect(mock.requests[0]!.messages[1]?.content).toContain('订单号DD20261120001');
    expect(result.fields.phone).toBe('13812345678');
    expect(result.fields.email).toBe('wang.li@example.com');
  });

  it('never takes a phone or e-mail from the model, even when it slips them in', async () => {
    mock.reply(reply(answer({ fields: { phone: '138****5678', email: 'w***@example.com' } })));
    const result = await triageWithLlm(llm(), '沙发一直没送到，订单号DD20261120001', now, {
      ...offline,
      fields: { orderNumber: 'DD20261120001' },
    });
    expect(mock.requests).toHaveLength(1);
    expect(result.category).toBe('延期交付产品');
    expect(result.fields).not.toHaveProperty('phone');
    expect(result.fields).not.toHaveProperty('email');
  });

  it('ignores a model that tries to lower safety, severity or immediate action', async () => {
    const kettle = '新买的电热水壶漏电，手被电麻了';
    const unsafe: TriageResult = {
      category: '有缺陷的产品',
      categories: ['有缺陷的产品', '受损', '拒绝兑现担保'],
      severity: 'critical',
      safety: true,
      immediateAction: true,
      spilloverRisk: false,
      fields: { description: kettle },
    };
    mock.reply(
      reply(answer({ categories: ['有缺陷的产品'], severity: 'low', safety: false, fields: { product: '电热水壶' } })),
    );
    const result = await triageWithLlm(llm(), kettle, now, unsafe);
    expect(result).toMatchObject({ severity: 'critical', safety: true, immediateAction: true, spilloverRisk: false });
    expect(result.categories).toEqual(['有缺陷的产品', '受损', '拒绝兑现担保']);
    expect(result.fields.product).toBe('电热水壶');
    expect(mock.requests[0]!.messages[1]?.content).toBe(kettle);
  });

  it('takes a spill-over risk the offline engine missed, and raises severity to high with it', async () => {
    const threat = `${text}再不处理我就发到网上让大家评评理。`;
    mock.reply(reply(answer({ spilloverRisk: true })));
    const result = await triageWithLlm(llm(), threat, now, {
      ...offline,
      fields: { ...offline.fields, description: threat },
    });
    expect(result).toMatchObject({ spilloverRisk: true, severity: 'high', safety: false, category: '延期交付产品' });
    expect(mock.requests[0]!.messages[1]?.content).toContain('发到网上让大家评评理');
  });

  it('retries a 429 and merges the answer that follows', async () => {
    mock.reply({ status: 429, body: { error: { message: 'Rate limit reached' } } }, reply(answer()));
    const result = await triageWithLlm(llm(), text, now, offline);
    expect(result.category).toBe('延期交付产品');
    expect(result.fields.product).toBe('沙发');
    expect(mock.requests).toHaveLength(2);
    expect(mock.requests[1]).toEqual(mock.requests[0]);
  });

  it('asks for json_object with the schema in the prompt when the endpoint refuses json_schema', async () => {
    const refusal = {
      error: { message: 'This response_format type is unavailable now', type: 'invalid_request_error' },
    };
    mock.reply({ status: 400, body: refusal }, reply(answer()));
    const result = await triageWithLlm(llm(), text, now, offline);
    expect(result.category).toBe('延期交付产品');
    expect(mock.requests.map((r) => r.response_format?.type)).toEqual(['json_schema', 'json_object']);
    const system = String(mock.requests[1]!.messages[0]?.content);
    expect(system).toContain('今天是 2026-11-28');
    expect(system).toContain('"未收到产品"');
    expect(system).toContain('"customerName"');
  });

  const failures: [string, Parameters<typeof mock.reply>, number, number?][] = [
    ['a timeout', [{ ...reply(answer()), delayMs: 1000 }], 1, 200],
    ['a 500 (retried once)', [{ status: 500 }, { status: 500 }], 2],
    ['a 429 twice', [{ status: 429 }, { status: 429 }], 2],
    ['invalid JSON', [{ content: '{"categories":["延期交付产品"],"severity":' }], 1],
    ['JSON with an unknown category', [reply(answer({ categories: ['物流问题'] }))], 1],
    ['JSON missing required keys', [reply({ categories: ['延期交付产品'] })], 1],
    ['prose instead of JSON', [{ content: '这位顾客的问题属于延期交付产品，严重程度中等。' }], 1],
    ['a network failure twice', [{ networkError: true }, { networkError: true }], 2],
  ];
  it.each(failures)('returns the offline result unchanged on %s', async (_, replies, calls, timeoutMs) => {
    mock.reply(...replies);
    const started = Date.now();
    const result = await triageWithLlm(llm(timeoutMs), text, now, offline);
    expect(result).toBe(offline);
    expect(mock.requests).toHaveLength(calls);
    expect(mock.requests[0]!.messages[1]?.content).toContain('138****5678');
    if (timeoutMs) expect(Date.now() - started).toBeLessThan(timeoutMs + 500);
  });

  it('drops model fields the text cannot support: an order number not in it, a future date, masked values', async () => {
    const fake = createFakeLlmClient([
      {
        value: answer({
          fields: { orderNumber: 'SO-99887766', occurredOn: '2026-12-01', customerName: '138****5678' },
        }),
      },
    ]);
    const bare: TriageResult = { ...offline, fields: { description: '沙发一直没送到，付了钱的' } };
    const result = await triageWithLlm(fake, '沙发一直没送到，付了钱的', now, bare);
    expect(result.fields).toEqual({
      description: '沙发一直没送到，付了钱的',
      product: '沙发',
      remedyRequested: ['交付产品', '退还其他已产生费用'],
      amount: 4999,
    });
    expect(fake.requests).toHaveLength(1);
  });

  it('resolves today in the business time zone', async () => {
    const fake = createFakeLlmClient([{ fail: 'timeout' }, { fail: 'timeout' }]);
    const lateEvening = new Date('2026-11-28T17:30:00Z'); // already Sunday 29 November in Shanghai
    expect(await triageWithLlm(fake, '沙发没送到', lateEvening, offline)).toBe(offline);
    await triageWithLlm(fake, '沙发没送到', lateEvening, offline, { timeZone: 'UTC' });
    expect(fake.requests.map((r) => r.system.match(/今天是 .*时间）/)?.[0])).toEqual([
      '今天是 2026-11-29（星期日，Asia/Shanghai 时间）',
      '今天是 2026-11-28（星期六，UTC 时间）',
    ]);
  });

  it('does not call the model for empty text', async () => {
    const fake = createFakeLlmClient([]);
    expect(await triageWithLlm(fake, '   ', now, offline)).toBe(offline);
    expect(fake.requests).toHaveLength(0);
  });
});
