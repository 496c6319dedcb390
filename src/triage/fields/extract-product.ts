import {
  determiners,
  notProductAfter,
  type ProductKind,
  productKinds,
  purchaseVerbs,
  vagueProducts,
} from './product-lexicon.ts';
import type { TaggedWord } from './tag-words.ts';

/** The product or service concerned, with its kind when the lexicon knows it. */
export interface Product {
  name: string;
  kind: ProductKind | undefined;
}

/** Segments and tags a text (jieba in production). */
export type Tagger = (text: string) => TaggedWord[];

const nounTags = new Set(['n', 'nz', 'ng', 'nr', 'nrt', 'nt', 'nrfg', 'eng', 'vn']);
const maxLength = 12;
const windowLength = 16;
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;

// 买的, 办的, 点了…; "十点的" is a time, not an order.
const purchase = new RegExp(
  `(?<![\\d零一二两三四五六七八九十半几])(?:${[...purchaseVerbs].sort(byLength).join('|')})[的了]`,
  'g',
);
// "手机号 138…", "手机 ▒▒▒" (a masked number), "安装费": the word is part of something else, not the product.
const known = new RegExp(
  `(?:${[...productKinds.keys()].sort(byLength).map(escapeRegExp).join('|')})(?!\\s*(?:尾号|▒|\\d)|${notProductAfter.join('|')})`,
  'g',
);
const clauseEnd = /[,，。!！?？;；]/;
const asciiModifier = /[A-Za-z][A-Za-z0-9]*$/;

/** Reads the product: the noun phrase after 买的/办的/订的… (tagged by `tag`), else the first product the lexicon knows. */
export function extractProduct(text: string, tag: Tagger): Product | undefined {
  const windows = [...text.matchAll(purchase)].map((m) => {
    const from = m.index + m[0].length;
    return text.slice(from, from + windowLength).split(clauseEnd)[0]!;
  });
  let unknown: Product | undefined;
  if (windows.length > 0) {
    // One jieba call for every window; '。' keeps them apart.
    const words = tag(windows.join('。'));
    let start = 0;
    for (let i = 0; i <= words.length; i++) {
      if (i < words.length && words[i]!.word !== '。') continue;
      const phrase = nounPhrase(words.slice(start, i));
      if (phrase?.kind) return phrase;
      unknown ??= phrase;
      start = i + 1;
    }
  }
  return firstKnown(text) ?? unknown;
}

function nounPhrase(words: readonly TaggedWord[]): Product | undefined {
  let i = 0;
  while (i < words.length && (determiners.has(words[i]!.word) || words[i]!.tag === 'm' || words[i]!.tag === 'q')) i++;
  const phrase: TaggedWord[] = [];
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (!productKinds.has(w.word) && !nounTags.has(w.tag)) break;
    phrase.push(w);
  }
  // Cut after the first word the lexicon knows: "电热水壶漏电" → "电热水壶", "小米手机屏幕" → "小米手机".
  const head = phrase.findIndex((w) => productKinds.has(w.word));
  if (head >= 0) {
    const name = phrase.slice(0, head + 1).map((w) => w.word);
    return product(name.join(''), productKinds.get(phrase[head]!.word));
  }
  // Unknown nouns: only a plain short noun, so junk is left out.
  const plain = phrase.slice(0, 2);
  if (plain.length === 0 || plain.some((w) => w.tag !== 'n')) return undefined;
  return product(plain.map((w) => w.word).join(''), undefined);
}

function firstKnown(text: string): Product | undefined {
  known.lastIndex = 0;
  const first = known.exec(text);
  if (!first) return undefined;
  // Adjacent lexicon words make one name (宽带 + 套餐); a Latin brand stays ("iPhone手机壳").
  let end = first.index + first[0].length;
  let last = first[0];
  for (let next = known.exec(text); next && next.index === end; next = known.exec(text)) {
    end += next[0].length;
    last = next[0];
  }
  const start = first.index - (asciiModifier.exec(text.slice(0, first.index))?.[0].length ?? 0);
  return product(text.slice(start, end), productKinds.get(last));
}

function product(name: string, kind: ProductKind | undefined): Product | undefined {
  if (name.length < 2 || name.length > maxLength || vagueProducts.has(name)) return undefined;
  return { name, kind };
}
