import { describe, expect, it } from 'vitest';
import { getSegmenter } from '../../text/segmenter.ts';
import { rankCategories, vectorizeFeatures, vectorizeText } from './category-model.ts';
import { extractFeatures } from './extract-features.ts';
import { defaultTrainingOptions, type LabelledText, trainCategoryModel } from './train-category-model.ts';

const segmenter = getSegmenter();
// A small model: defects described many ways, one vague 其他问题 line, so the bias favours 有缺陷的产品.
const examples: LabelledText[] = [
  ...['电热水壶用了两天就坏了', '吹风机不出热风了', '耳机左边没有声音', '电饭煲插电没反应', '空调不制冷还漏水'].map(
    (text) => ({ text, category: '有缺陷的产品' as const }),
  ),
  ...['店门口的台阶太滑了', '你们的停车场不好找'].map((text) => ({ text, category: '其他问题' as const })),
];
const model = trainCategoryModel(segmenter, examples, { ...defaultTrainingOptions, minDocumentFrequency: 1 });

describe('rankCategories', () => {
  it('ranks by the model when the text has Chinese words it learned', () => {
    expect(rankCategories(model, segmenter, '电饭煲不制冷了没反应')[0]?.category).toBe('有缺陷的产品');
  });

  it.each(['my kettle leaks, I want a refund', '😡😡😡', '13800001111'])(
    'has no evidence in %s and ranks 其他问题 first',
    (text) => {
      const ranked = rankCategories(model, segmenter, text);
      expect(ranked[0]?.category).toBe('其他问题');
      expect(ranked).toHaveLength(35);
    },
  );
});

describe('vectorizeText', () => {
  it.each([
    '电热水壶用了两天就坏了，我要退款！',
    '店门口的台阶太滑了 老人摔了一跤',
    'iPhone 15 买了3天 屏幕就花了 𠮷野家',
    '',
  ])('gives the vector the named features give: %s', (text) => {
    const named = vectorizeFeatures(model, extractFeatures(segmenter, text));
    const looked = vectorizeText(model, segmenter, text);
    expect([...looked.ids]).toEqual([...named.ids]);
    expect([...looked.values]).toEqual([...named.values]);
  });
});
