import fs from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface Segmenter {
  /** Words of the text, in order (punctuation and spaces included, as jieba returns them). */
  cut(text: string): string[];
  /** Words with their part-of-speech tags. */
  tag(text: string): { word: string; tag: string }[];
}

let shared: Segmenter | undefined;

/**
 * The process-wide jieba segmenter with qingting's domain words (漏电, 七天无理由, 三包…) added.
 * Loading the dictionary takes ~200 ms, so it is built once, on first use; it holds no state between calls.
 */
export function getSegmenter(): Segmenter {
  if (!shared) {
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(fs.readFileSync(new URL('./domain-words.txt', import.meta.url)));
    shared = {
      cut: (text) => jieba.cut(text, false),
      tag: (text) => jieba.tag(text, false),
    };
  }
  return shared;
}
