import { normalizeText } from '../../text/normalize-text.ts';
import type { Segmenter } from '../../text/segmenter.ts';

const hanRun = /\p{Script=Han}+/gu;
const wordLike = /[\p{L}\p{N}]/u;

/**
 * The classifier's view of a text: jieba words, adjacent word pairs, Han characters and Han character bigrams.
 * Characters and their bigrams let it generalise over typos, rare words and words jieba splits differently (single
 * characters added +1.3 points top-1 in 5-fold cross-validation on the train split); numbers collapse to one token.
 */
export function extractFeatures(segmenter: Segmenter, text: string): string[] {
  const normalized = normalizeText(text);
  const words = segmenter
    .cut(normalized)
    .filter((w) => wordLike.test(w))
    .map((w) => (/^\d+(\.\d+)?$/.test(w) ? '<num>' : w));
  const features: string[] = [];
  for (let i = 0; i < words.length; i++) {
    features.push(`w:${words[i]}`);
    if (i > 0) features.push(`b:${words[i - 1]}|${words[i]}`);
  }
  for (const [run] of normalized.matchAll(hanRun)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      features.push(`u:${chars[i]}`);
      if (i > 0) features.push(`c:${chars[i - 1]}${chars[i]}`);
    }
  }
  return features;
}
