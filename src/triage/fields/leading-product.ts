import { modelTail } from './model-name.ts';
import {
  brands,
  channels,
  endingAtEnd,
  kindOfProduct,
  parts,
  productAtEnd,
  productKinds,
  vagueProducts,
} from './product-lexicon.ts';
import { isPartOfOther, type Product, product } from './product-name.ts';
import type { TaggedWord } from './tag-words.ts';

// Latin words a message may open with that name no product ("email：…", "VIP").
const notProductLatin = /^(?:e-?mail|tel|wechat|wx|vx|qq|hi|hello|ok|app|vip|id)$/i;
// The message's opening run of words, up to the first space or punctuation.
const openingRun = /^[\p{Script=Han}A-Za-z0-9+-]+/u;
// Tags that never sit inside a product's name: adverbs, prepositions, conjunctions, pronouns, particles, idioms,
// measure words, times ("大前天搬家").
const notInName = new Set('d p c r u uj ul uz ug uv ud y e o l x q t i'.split(' '));

/**
 * "华为Mate 70 Pro 12+512G 4月20号买的", "雅萌美容仪 10月24号付的定金": a message that opens with a noun phrase naming
 * goods (a lexicon word, a brand, a Latin model or a product ending in it) opens with the product.
 */
export function leadingProduct(text: string, words: readonly TaggedWord[]): Product | undefined {
  const run = text.slice(0, openingRunLength(text));
  if (!run) return undefined;
  const inRun = words.filter((w) => w.end <= run.length);
  const last = inRun.at(-1);
  if (!last || last.end !== run.length || /\d{3}/.test(run) || parts.has(last.word)) return undefined;
  // "手机 138…" labels a number.
  if (isPartOfOther(text, run.length) || notProductLatin.test(run)) return undefined;
  const lexical = (w: TaggedWord) => productKinds.has(w.word) || brands.has(w.word);
  // A verb or an adjective makes it a sentence ("吹风机有焦味"), unless the lexicon knows the word (推车) or it is one
  // character inside the name (小棕瓶).
  const describes = (w: TaggedWord) =>
    /^[va]/.test(w.tag) && !lexical(w) && !(w.tag === 'a' && w.word.length === 1 && w !== last);
  if (inRun.some((w) => notInName.has(w.tag) || describes(w))) return undefined;
  if (inRun.some((w) => vagueProducts.has(w.word)) || channels.has(inRun[0]!.word)) return undefined;
  const known = (productAtEnd(run)?.length ?? 0) > 1;
  const branded = inRun.some((w) => brands.has(w.word));
  const latin = /[A-Za-z]/.test(run);
  if (!known && !branded && !latin && endingAtEnd(run) === undefined) return undefined;
  const end = /[A-Za-z0-9]$/.test(run) ? modelTail(text, run.length) : run.length;
  return product(text.slice(0, end), kindOfProduct(run));
}

// Longer than this, the opening run is a sentence, not a name (and tagging it would cost).
const longestRun = 16;

/** Where leadingProduct reads tagged words: the message's opening run, when it is short enough to be a name. */
export function openingRunLength(text: string): number {
  const length = openingRun.exec(text)?.[0].length ?? 0;
  return length <= longestRun ? length : 0;
}
