import { normalizeText } from '../../text/normalize-text.ts';
import type { Segmenter } from '../../text/segmenter.ts';

const han = /\p{Script=Han}/u;
const wordLike = /[\p{L}\p{N}]/u;

/**
 * The classifier's view of a text: jieba words, adjacent word pairs and Han character bigrams.
 * Character bigrams let it generalise over typos and words jieba splits differently; numbers collapse to one token.
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
  const chars = [...normalized];
  for (let i = 1; i < chars.length; i++) {
    const a = chars[i - 1]!;
    const b = chars[i]!;
    if (han.test(a) && han.test(b)) features.push(`c:${a}${b}`);
  }
  return features;
}
