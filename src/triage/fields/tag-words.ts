import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Span } from './mask-spans.ts';
import { productKinds } from './product-lexicon.ts';

/** A word of the message with its jieba part-of-speech tag and offsets. */
export interface TaggedWord extends Span {
  word: string;
  tag: string;
}

// Built once at load (~250 ms); the product lexicon is added as nouns so "健身年卡" stays one word.
const jieba = Jieba.withDict(dict);
jieba.loadDict(Buffer.from([...productKinds.keys()].map((w) => `${w} 200000 n`).join('\n')));

/** Segments and tags the message with jieba (one call), keeping each word's position. */
export function tagWords(text: string): TaggedWord[] {
  const words: TaggedWord[] = [];
  let cursor = 0;
  for (const { word, tag } of jieba.tag(text, false)) {
    const start = text.indexOf(word, cursor);
    if (start < 0) continue;
    cursor = start + word.length;
    words.push({ word, tag, start, end: cursor });
  }
  return words;
}
