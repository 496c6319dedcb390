import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Span } from './mask-spans.ts';
import { brands, productKinds } from './product-lexicon.ts';

/** A word of the message with its jieba part-of-speech tag and offsets. */
export interface TaggedWord extends Span {
  word: string;
  tag: string;
}

// Built once at load (~250 ms); the product lexicon is added as nouns so "健身年卡" stays one word, brands as proper
// nouns so "戴森吹风机" is 戴森 + 吹风机.
const jieba = Jieba.withDict(dict);
jieba.loadDict(
  Buffer.from(
    [...[...productKinds.keys()].map((w) => `${w} 200000 n`), ...[...brands].map((w) => `${w} 200000 nz`)].join('\n'),
  ),
);

// jieba segments each run of Han characters, letters and digits on its own (spaces and punctuation split them), so a
// run tagged alone gets the words it gets in the whole text. Tagging is the costliest step of field extraction.
const separators = /[^\p{Script=Han}\p{L}\p{N}+#&._%-]+/gu;

/**
 * Segments and tags the message with jieba (one call), keeping each word's position. With `needed`, only the runs
 * between spaces and punctuation that touch a needed span are tagged; separators are always words (tag `x`).
 */
export function tagWords(text: string, needed?: readonly Span[]): TaggedWord[] {
  if (needed === undefined) return tag(text);
  const words: TaggedWord[] = [];
  const runs: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(separators)) {
    if (m.index > start) runs.push({ start, end: m.index });
    words.push({ word: m[0], tag: 'x', start: m.index, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (text.length > start) runs.push({ start, end: text.length });
  const kept = runs.filter((run) => needed.some((span) => span.start < run.end && run.start < span.end));
  if (kept.length === 0) return words;
  // One jieba call for all kept runs; '。' keeps them apart.
  let offset = 0;
  const shifts = kept.map((run) => {
    const shift = run.start - offset;
    offset += run.end - run.start + 1;
    return shift;
  });
  let run = 0;
  for (const w of tag(kept.map((r) => text.slice(r.start, r.end)).join('。'))) {
    while (run < kept.length - 1 && w.start > kept[run]!.end - shifts[run]!) run++;
    if (w.start === kept[run]!.end - shifts[run]!) continue; // the '。' after the run
    words.push({ ...w, start: w.start + shifts[run]!, end: w.end + shifts[run]! });
  }
  return words.sort((a, b) => a.start - b.start);
}

function tag(text: string): TaggedWord[] {
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
