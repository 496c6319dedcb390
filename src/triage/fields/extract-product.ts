import { leadingProduct, openingRunLength } from './leading-product.ts';
import type { Span } from './mask-spans.ts';
import { modelStart, withModel } from './model-name.ts';
import {
  brandAtEnd,
  brands,
  channels,
  kindOfProduct,
  parts,
  personAfter,
  productKinds,
  vagueProducts,
} from './product-lexicon.ts';
import { findKnownWords, type KnownWord, laterHead, type Product, product, withTail } from './product-name.ts';
import { purchase, purchasedProduct, windowLength } from './purchased-product.ts';
import type { TaggedWord } from './tag-words.ts';

export type { Product } from './product-name.ts';

// Before a lexicon word found in the running text, only a brand, a material or a type: 华为/nr 平板, 实木/n 餐桌,
// 豪华/a 双床房, 联通/nz 副/b 卡 — not a place it was bought in (营业厅/n 换手机), nor a count (一盘/m 水果).
const brandTags = new Set(['n', 'nz', 'nr', 'nrt', 'nt', 'ns', 'ng', 'b', 'a', 'zg', 'eng']);
const oneCharTags = new Set(['b', 'ng']);
const maxModifierLength = 5;
const place = /[店厅行站场馆所院房屋楼]$|公司|中心|机构|学校|医院|结果|后来|当时/;
const modifies = (w: TaggedWord) =>
  brands.has(w.word) ||
  (brandTags.has(w.tag) &&
    (w.word.length > 1 || oneCharTags.has(w.tag)) &&
    !place.test(w.word) &&
    !vagueProducts.has(w.word) &&
    !/[了的着过]/.test(w.word));
// "不是电饭煲，是电压力锅": the customer corrects the word right after 不是.
const negatedBefore = /(?:不是|并不是|而不是|并非)\s*$/;
// "▒▒▒ 这是我手机": the word labels the contact just given.
const contactBefore = /▒[\s,，]*(?:这是|是)?我的?$/;

/** A product named in the running text; weak when named only as a channel or through staff (外卖骑手). */
interface Mention {
  product: Product;
  weak: boolean;
}

/**
 * Reads the product: the noun phrase after 买的/办的/订的… when the lexicon knows its head, else the first product
 * the lexicon knows (a corrected one skipped, a channel or a service named through its staff last), else an unknown
 * noun after a purchase verb. `words` are the text's tagged words (tagWords), at least around findProductCues; `known`
 * its lexicon words (findKnownWords), found once for every reader of the message.
 */
export function extractProduct(
  text: string,
  words: readonly TaggedWord[],
  known: readonly KnownWord[] = findKnownWords(text),
): Product | undefined {
  let unknown: Product | undefined;
  for (const m of text.matchAll(purchase)) {
    const from = m.index + m[0].length;
    const window = words.filter((w) => w.start >= from && w.start < from + windowLength);
    const phrase = purchasedProduct(text, window);
    // A name the lexicon knows, or a Latin model ("Kindle Paperwhite 5"), is what was bought.
    if (phrase?.kind || /[A-Za-z]/.test(phrase?.name ?? '')) return phrase;
    unknown ??= phrase;
  }
  const mentions = knownMentions(text, words, known);
  return leadingProduct(text, words) ?? mentions.find((m) => !m.weak)?.product ?? unknown ?? mentions[0]?.product;
}

/** Where extractProduct reads tagged words: the window after each purchase verb and each lexicon word. */
export function findProductCues(text: string, known: readonly KnownWord[] = findKnownWords(text)): Span[] {
  const opening = openingRunLength(text);
  const cues: Span[] = opening > 0 ? [{ start: 0, end: opening }] : [];
  for (const m of text.matchAll(purchase)) cues.push({ start: m.index, end: m.index + m[0].length + windowLength });
  for (const m of known) cues.push({ start: m.index, end: m.index + m.word.length });
  return cues;
}

function knownMentions(text: string, words: readonly TaggedWord[], known: readonly KnownWord[]): Mention[] {
  const mentions: Mention[] = [];
  const wordAt = new Map(words.map((w) => [w.start, w]));
  for (let k = 0; k < known.length; k++) {
    const m = known[k]!;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (!standsAlone(m, wordAt)) continue;
    if (negatedBefore.test(before) || contactBefore.test(before)) continue;
    // Adjacent lexicon words make one name (宽带 + 套餐), but a part or one character does not (平板屏幕, 座椅卡扣).
    let end = m.index + m.word.length;
    let last = m.word;
    for (
      let next = known[k + 1];
      next?.index === end && next.word.length > 1 && !parts.has(next.word);
      next = known[k + 1]
    ) {
      k++;
      end += next.word.length;
      last = next.word;
    }
    const later = channels.has(m.word) ? undefined : laterHead(text, end);
    if (later) {
      end = later.end;
      last = later.word;
      while (known[k + 1] && known[k + 1]!.index < end) k++;
    }
    const start = compoundStart(m, words) ?? m.index - modifierLength(text, m.index, wordAt, words);
    const weak = channels.has(m.word) || personAfter.some((p) => text.startsWith(p, end));
    const tail = withTail(text, end);
    const found = product(
      text.slice(start, withModel(text, tail)),
      productKinds.get(last) ?? kindOfProduct(text.slice(end, tail)),
    );
    if (found) mentions.push({ product: found, weak });
  }
  return mentions;
}

// jieba's own word that ends with the lexicon word names it whole: 布艺沙发, 格力空调 (when jieba keeps them one).
const compoundTags = new Set(['n', 'nz', 'nr', 'nt', 'nrt']);
function compoundStart(m: KnownWord, words: readonly TaggedWord[]): number | undefined {
  const end = m.index + m.word.length;
  const compound = words.find((w) => w.start < m.index && w.end === end);
  if (!compound || !compoundTags.has(compound.tag) || compound.word.length > 8) return undefined;
  return vagueProducts.has(compound.word.slice(0, m.index - compound.start)) ? undefined : compound.start;
}

// One character (床, 卡, 鞋) counts only when jieba reads it as a word of its own: not 刷卡, 卡扣, 起床.
const standsAlone = (m: KnownWord, wordAt: ReadonlyMap<number, TaggedWord>) =>
  m.word.length > 1 || wordAt.get(m.index)?.word === m.word;

// A Latin brand ("iPhone手机壳"), or the brand, material or type words right before the word, up to five characters
// ("华为平板", "实木餐桌", "千兆宽带", "豪华双床房", "联通副卡"); not a verb, a pronoun or a vague word ("打开空调", "孩子手机").
function modifierLength(
  text: string,
  at: number,
  wordAt: ReadonlyMap<number, TaggedWord>,
  words: readonly TaggedWord[],
): number {
  // "罗技MX Master 3S鼠标", "iPhone手机壳": a Latin model before the word, with its brand.
  const model = modelStart(text, at);
  if (model < at && /[A-Za-z]/.test(text.slice(model, at)))
    return at - model + (brandAtEnd(text.slice(0, model))?.length ?? 0);
  if (!wordAt.has(at)) return 0;
  let start = at;
  for (let previous = words.find((w) => w.end === start); previous; previous = words.find((w) => w.end === start)) {
    if (!modifies(previous) || productKinds.has(previous.word) || at - previous.start > maxModifierLength) break;
    start = previous.start;
  }
  return at - start >= 2 ? at - start : 0;
}
