import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.ts';

const passage = {
  section: null,
  text: [
    '本店售出的所有电器享受 1 年保修。保修期内出现质量故障的，免费维修。',
    '',
    '## 不在免费保修范围内',
    '- 人为损坏，例如摔落、挤压；',
    '- 进水或受潮',
    '',
    '以上情况可以付费维修：先检测报价，您同意后再修。',
  ].join('\n'),
};
const mentions =
  (...words: string[]) =>
  (sentence: string) =>
    words.filter((w) => sentence.includes(w)).length;

describe('composeAnswer', () => {
  it('cites the policy title and answers with the most relevant whole sentence', () => {
    const text = composeAnswer({
      title: '一年保修与维修',
      passages: [passage],
      relevance: mentions('免费维修', '故障'),
    });
    expect(text).toBe('根据《一年保修与维修》：保修期内出现质量故障的，免费维修。');
  });

  it('keeps the heading of a list item, ends every item as a sentence and keeps policy order', () => {
    const text = composeAnswer({
      title: '一年保修与维修',
      passages: [passage],
      relevance: mentions('进水', '摔落', '付费'),
    });
    expect(text).toBe(
      '根据《一年保修与维修》：不在免费保修范围内：人为损坏，例如摔落、挤压。进水或受潮。以上情况可以付费维修：先检测报价，您同意后再修。',
    );
  });

  it('leaves out sentences much less relevant than the best one', () => {
    const relevance = (s: string) => (s.includes('进水') ? 1 : s.includes('保修期') ? 0.2 : 0);
    expect(composeAnswer({ title: 'T', passages: [passage], relevance })).toBe(
      '根据《T》：不在免费保修范围内：进水或受潮。',
    );
  });

  it('stays within the length limit by dropping whole sentences', () => {
    const rule =
      '本店收到退回的商品并检验合格后三个工作日内原路退款，微信支付的退回原微信账户，银行卡支付的退回原银行卡，门店现金付款的在门店退现金。';
    const long = Array.from({ length: 12 }, (_, i) => `第${i + 1}条：${rule}`).join('');
    const text = composeAnswer({
      title: '退款方式与到账时间',
      passages: [{ text: long, section: null }],
      relevance: () => 1,
    });
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text).toMatch(/^根据《退款方式与到账时间》：第1条：.*。$/);
    expect(text.split('。').filter(Boolean).length).toBe(2);
  });

  it('cuts a single over-long sentence at a clause boundary', () => {
    const sentence = `${Array.from({ length: 40 }, (_, i) => `条件${i + 1}`).join('，')}。`;
    const text = composeAnswer({
      title: 'T',
      passages: [{ text: sentence, section: null }],
      relevance: () => 1,
      maxLength: 60,
    });
    expect(text.length).toBeLessThanOrEqual(60);
    expect(text).toMatch(/^根据《T》：条件1，.*\d…$/);
  });

  it('uses the sentences of several passages once each', () => {
    const text = composeAnswer({
      title: 'T',
      passages: [
        { text: '第一句讲退款。第二句讲到账。', section: null },
        { text: '第二句讲到账。第三句讲退款到账。', section: null },
      ],
      relevance: mentions('退款', '到账'),
    });
    expect(text).toBe('根据《T》：第一句讲退款。第二句讲到账。第三句讲退款到账。');
  });
});
