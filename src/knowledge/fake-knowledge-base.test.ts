import { describe, expect, it } from 'vitest';
import { createFakeKnowledgeBase } from './fake-knowledge-base.ts';
import { knowledgeAnswerSchema, passageSchema } from './knowledge-base.ts';

describe('createFakeKnowledgeBase', () => {
  const kb = createFakeKnowledgeBase([
    { match: /退货|退款/, title: '七天无理由退货', text: '签收 7 天内可以退货。', documentId: 'returns' },
    { match: '发票', title: '电子发票', text: '签收后 7 天内开出。' },
  ]);

  it('answers like the real one: a cited answer or no_answer, both valid', async () => {
    const answer = await kb.answer('能退货吗');
    expect(answer).toEqual({
      kind: 'answer',
      text: '根据《七天无理由退货》：签收 7 天内可以退货。',
      citations: [{ documentId: 'returns', title: '七天无理由退货' }],
      confidence: 0.9,
    });
    expect(knowledgeAnswerSchema.parse(answer)).toEqual(answer);
    expect(await kb.answer('招兼职吗')).toEqual({ kind: 'no_answer', reason: 'no_policy_answer' });
  });

  it('searches the matching policies and records questions and rebuilds', async () => {
    const passages = await kb.search('退货要开发票吗', 5);
    expect(passages.map((p) => p.title)).toEqual(['七天无理由退货', '电子发票']);
    for (const p of passages) passageSchema.parse(p);
    await kb.rebuild([{ id: 'x', title: 'X', body: 'x' }]);
    expect(kb.queries).toEqual(['能退货吗', '招兼职吗', '退货要开发票吗']);
    expect(kb.rebuilds).toEqual([[{ id: 'x', title: 'X', body: 'x' }]]);
  });
});
