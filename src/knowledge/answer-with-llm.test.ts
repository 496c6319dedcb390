import { zodResponseFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { createFakeLlmClient } from '../llm/fake-llm-client.ts';
import { answerWithLlm, kbAnswerLlmSchema } from './answer-with-llm.ts';
import { buildKnowledgeBase } from './create-knowledge-base.ts';
import { readPolicyFiles, samplePoliciesDir } from './read-policy-files.ts';

const kb = await buildKnowledgeBase(
  readPolicyFiles(samplePoliciesDir).policies.map((p) => ({ id: p.slug, title: p.title, body: p.body })),
);
const question = '我电话13812345678，电热水壶还没拆封能退吗';
const offline = await kb.answer(question);
const reply = (value: { answerable: boolean; policyTitle: string | null; answer: string | null }) => ({ value });

describe('answerWithLlm', () => {
  it('sends only the retrieved passages and the masked question', async () => {
    const llm = createFakeLlmClient([
      reply({
        answerable: true,
        policyTitle: '七天无理由退货',
        answer: '根据《七天无理由退货》：签收 7 天内没用过的可以退。',
      }),
    ]);
    await answerWithLlm(llm, kb, question);
    const [request] = llm.requests;
    expect(request?.task).toBe('kb-answer');
    expect(request?.user).toBe('我电话138****5678，电热水壶还没拆封能退吗');
    expect(request?.system).toContain('[1]《七天无理由退货》');
    expect(request?.system).toContain('商品未使用、未通电');
    expect(request?.system).not.toContain('13812345678');
    expect(request?.system).not.toContain('[4]');
    expect(request?.system).not.toContain('{{');
  });

  it('returns the model’s grounded answer, citing the policy it names', async () => {
    const llm = createFakeLlmClient([
      reply({
        answerable: true,
        policyTitle: '《七天无理由退货》',
        answer: '没拆封的话，签收 7 天内可以申请无理由退货。',
      }),
    ]);
    expect(await answerWithLlm(llm, kb, question)).toEqual({
      kind: 'answer',
      text: '根据《七天无理由退货》：没拆封的话，签收 7 天内可以申请无理由退货。',
      citations: [{ documentId: 'returns-7-day.md', title: '七天无理由退货' }],
      confidence: offline.kind === 'answer' ? offline.confidence : -1,
    });
  });

  it.each([
    [
      'a number the passages do not have',
      { answerable: true, policyTitle: '七天无理由退货', answer: '30 天内都可以退。' },
    ],
    ['a policy that was not retrieved', { answerable: true, policyTitle: '会员积分规则', answer: '可以退。' }],
    ['an empty answer', { answerable: true, policyTitle: '七天无理由退货', answer: ' ' }],
  ])('falls back to the extractive answer for %s', async (_, value) => {
    const llm = createFakeLlmClient([reply(value)]);
    expect(await answerWithLlm(llm, kb, question)).toEqual(offline);
  });

  it('asks for an output that structured outputs can express', () => {
    const format = zodResponseFormat(kbAnswerLlmSchema, 'kb_answer');
    expect(format.json_schema.strict).toBe(true);
    expect(Object.keys(format.json_schema.schema?.properties ?? {})).toEqual(['answerable', 'policyTitle', 'answer']);
  });

  it('falls back to the extractive answer when the call fails or the answer is too long', async () => {
    expect(await answerWithLlm(createFakeLlmClient([{ fail: 'timeout' }]), kb, question)).toEqual(offline);
    const tooLong = { answerable: true, policyTitle: '七天无理由退货', answer: '可'.repeat(201) };
    expect(await answerWithLlm(createFakeLlmClient([reply(tooLong)]), kb, question)).toEqual(offline);
    expect(offline.kind).toBe('answer');
  });

  it('declines when the model finds that the passages do not answer', async () => {
    const llm = createFakeLlmClient([reply({ answerable: false, policyTitle: null, answer: null })]);
    expect(await answerWithLlm(llm, kb, question)).toEqual({ kind: 'no_answer', reason: 'no_policy_answer' });
  });

  it('does not ask the model about a question the knowledge base declines', async () => {
    const llm = createFakeLlmClient([]);
    expect(await answerWithLlm(llm, kb, '你们招不招兼职')).toEqual({ kind: 'no_answer', reason: 'no_policy_answer' });
    expect(llm.requests).toEqual([]);
  });
});
