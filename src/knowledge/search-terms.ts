import fs from 'node:fs';
import { z } from 'zod';
import { normalizeText } from '../text/normalize-text.ts';
import { getSegmenter, type Segmenter } from '../text/segmenter.ts';

const synonymsFileSchema = z.object({
  provenance: z.string(),
  synonyms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
});

const stopWords = readWordList('./stop-words.txt');
const contextWords = readWordList('./context-words.txt');

const synonymsFile = synonymsFileSchema.parse(
  JSON.parse(fs.readFileSync(new URL('./synonyms.json', import.meta.url), 'utf8')),
);
let synonyms: Map<string, string[][]> | undefined;

const punctuationOrSpace = /^[\p{P}\p{S}\p{Z}\s]+$/u;
// 3, 48, 三天, 五十块, 一百, 半年: the amounts of one customer's case, not the subject of a policy.
// Five digits and more are hotlines (12315) and stay words.
const quantity =
  /^(?:[\d.]{1,4}|[零一二两三四五六七八九十百千万半几多]+)[天年月日周块元次台个号点股把条张件只小时分钟]*$/;

/** Search words of a text: normalised, cut by jieba with qingting's domain words, without punctuation or stop words. */
export function tokenizeForSearch(text: string, segmenter: Segmenter = getSegmenter()): string[] {
  return segmenter.cut(normalizeText(text)).filter((word) => !punctuationOrSpace.test(word) && !stopWords.has(word));
}

/** True for a number or an amount ("3", "三天", "五十块"): it may match a policy but its absence means little. */
export function isQuantity(word: string): boolean {
  return quantity.test(word);
}

/** True for a word that names the customer's situation (a product kind, a family member): context-words.txt. */
export function isContextWord(word: string): boolean {
  return contextWords.has(word);
}

/**
 * The policy wordings a customer's word may stand for (src/knowledge/synonyms.json), each as its search words
 * (服务时间 → 服务 + 时间); empty when none are listed.
 */
export function synonymsOf(word: string): readonly (readonly string[])[] {
  // Built on first use: the targets are cut by the same segmenter as the policies.
  synonyms ??= new Map(
    Object.entries(synonymsFile.synonyms).map(([key, targets]) => [
      key,
      targets.map((target) => tokenizeForSearch(target)).filter((words) => words.length > 0),
    ]),
  );
  return synonyms.get(word) ?? [];
}

function readWordList(file: string): Set<string> {
  return new Set(
    fs
      .readFileSync(new URL(file, import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .flatMap((line) => line.split(/\s+/))
      .filter(Boolean),
  );
}
