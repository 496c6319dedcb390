import { leadingProduct, openingRunLength } from './leading-product.ts';
import type { Span } from './mask-spans.ts';
import { modelEnd, modelStart, modelTail, withModel } from './model-name.ts';
import {
  brandAtEnd,
  brands,
  channels,
  determiners,
  endingAtEnd,
  kindOfProduct,
  parts,
  personAfter,
  productKinds,
  purchaseVerbs,
  vagueProducts,
} from './product-lexicon.ts';
import { findKnownWords, type KnownWord, laterHead, type Product, product, withTail } from './product-name.ts';
import type { TaggedWord } from './tag-words.ts';

export type { Product } from './product-name.ts';

// Tags that may end an unknown product's name: 瓜子/n, 三文鱼/nz, 车/zg (jieba's tag for a bound one-character noun),
// 全家福/nr and 暖手/n 宝/nr (jieba takes some rare nouns for names), an English word.
const unknownTags = new Set(['n', 'nz', 'zg', 'nr', 'ng', 'eng']);
// Tags that end an unknown product's name before it: particles, adverbs, prepositions, conjunctions, pronouns,
// numbers, measure words, punctuation and spaces ("买的第二天就坏了", "报的 班").
const openTags = new Set(['uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'u', 'd', 'p', 'c', 'r', 'x', 'y', 'm', 'q', 'f', 't']);
const maxUnknownWords = 4;
const maxUnknownLength = 8;
// jieba reads "太贵" as a name: two characters opening with a degree word are a judgement, not a product (太阳镜 is).
const degreeFirst = /^[太很好真挺超特非最更][\u4e00-\u9fff]?$/;
// Tags that may stand before a known head as part of its name: 定制/v 衣柜, 散装/v 瓜子, 实木/n 餐桌, 黄/a 焖/v 鸡/n 米饭.
const modifierTags = new Set(['n', 'nz', 'ng', 'nr', 'nrt', 'nt', 'nrfg', 'eng', 'vn', 'v', 'a', 'b', 'zg']);
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
const windowLength = 16;
// Tags that end a name read up to the next space: spaces and punctuation, conjunctions, adverbs, pronouns and
// interjections ("装了三天还是漏水"); a time may name a course (暑假数学班, 初二数学一对一).
const spanEnds = new Set(['x', 'c', 'd', 'r', 'y', 'e', 'o']);
// Words that start a new statement inside the span: 订的房间|写含接机, 换了|说一年内漏水, 报的|价比外面.
const spanStops = /^[说写是含带叫要让给把被在从到和与或及也都就还又很太不没比]/;
const byLength = (a: string, b: string) => b.length - a.length;

// 买的, 办的, 点了…; "十点的" is a time, not an order ("上周三订的" is an order).
const verbs = [...purchaseVerbs]
  .sort(byLength)
  .map((v) => (v === '点' ? '(?<![\\d零一二两三四五六七八九十半几])点' : v));
const purchase = new RegExp(`(?:${verbs.join('|')})[的了]`, 'g');
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
 * noun after a purchase verb. `words` are the text's tagged words (tagWords), at least around findProductCues.
 */
export function extractProduct(text: string, words: readonly TaggedWord[]): Product | undefined {
  let unknown: Product | undefined;
  for (const m of text.matchAll(purchase)) {
    const from = m.index + m[0].length;
    const window = words.filter((w) => w.start >= from && w.start < from + windowLength);
    const phrase = nounPhrase(text, window);
    // A name the lexicon knows, or a Latin model ("Kindle Paperwhite 5"), is what was bought.
    if (phrase?.kind || /[A-Za-z]/.test(phrase?.name ?? '')) return phrase;
    unknown ??= phrase;
  }
  const mentions = knownMentions(text, words);
  return leadingProduct(text, words) ?? mentions.find((m) => !m.weak)?.product ?? unknown ?? mentions[0]?.product;
}

/** Where extractProduct reads tagged words: the window after each purchase verb and each lexicon word. */
export function findProductCues(text: string): Span[] {
  const opening = openingRunLength(text);
  const cues: Span[] = opening > 0 ? [{ start: 0, end: opening }] : [];
  for (const m of text.matchAll(purchase)) cues.push({ start: m.index, end: m.index + m[0].length + windowLength });
  for (const m of findKnownWords(text)) cues.push({ start: m.index, end: m.index + m.word.length });
  return cues;
}

function nounPhrase(text: string, words: readonly TaggedWord[]): Product | undefined {
  let first = 0;
  while (first < words.length && isSkipped(words[first]!)) first++;
  // "送来的时候", "买的东西": what follows the verb is not a product, so neither is anything after it.
  if (first < words.length && vagueProducts.has(words[first]!.word)) return undefined;
  const tagged = taggedPhrase(text, words, first);
  const spanned = spannedName(text, words.slice(first));
  if (!spanned || (tagged?.kind && !(spanned.name.length > tagged.name.length && spanned.name.includes(tagged.name)))) {
    return tagged;
  }
  return { name: spanned.name, kind: tagged?.kind ?? spanned.kind };
}

/**
 * "订的芒果千层蛋糕 6寸的", "报的C1手动挡驾考班 交了4200": the words up to the next space, punctuation or particle name
 * the product up to the last lexicon word or product ending among them — jieba's tags inside a name it does not know
 * are unreliable (班/q, 包/v). After a lexicon word, a part or a verb ends the name ("买的电饭煲煮饭糊了").
 */
function spannedName(text: string, words: readonly TaggedWord[]): Product | undefined {
  const start = words[0]?.start ?? 0;
  let end: number | undefined;
  let known = false;
  for (const w of words) {
    const lexical = productKinds.has(w.word);
    // 服务 alone names nothing, but it ends 接机服务; after a lexicon word a verb ends the name unless it ends it as a
    // product does (签证代办, not 电饭煲煮饭).
    const ending = endingAtEnd(text.slice(start, w.end)) !== undefined;
    if (spanEnds.has(w.tag) || w.tag.startsWith('u') || (vagueProducts.has(w.word) && !ending)) break;
    if (!lexical && w !== words[0] && spanStops.test(w.word)) break;
    const verbEnds = (endingAtEnd(text.slice(start, w.end))?.length ?? 0) >= w.word.length;
    if (known && ((w.tag === 'v' && !verbEnds) || parts.has(w.word))) break;
    if (lexical || ending) end = w.end;
    known ||= lexical;
  }
  if (end === undefined || end - start < 2) return undefined;
  const name = text.slice(start, end);
  return product(name, kindOfProduct(name));
}

/** The product after a purchase verb read from jieba's words and tags, from the `first` word on. */
function taggedPhrase(text: string, words: readonly TaggedWord[], first: number): Product | undefined {
  let i = first;
  const phrase: TaggedWord[] = [];
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (vagueProducts.has(w.word) || (!productKinds.has(w.word) && !brands.has(w.word) && !modifierTags.has(w.tag))) {
      break;
    }
    phrase.push(w);
  }
  // Cut after the first word the lexicon knows, or the run of them that makes one name: "电热水壶漏电" → "电热水壶",
  // "小米手机屏幕" → "小米手机", "美甲储值卡" (美甲 + 储值卡), "月饼礼盒".
  let head = phrase.findIndex((w) => productKinds.has(w.word));
  if (head >= 0) {
    while (isNamePart(phrase[head + 1])) head++;
    const later = laterHead(text, phrase[head]!.end);
    const end = withModel(text, later?.end ?? phrase[head]!.end);
    return product(text.slice(phrase[0]!.start, end), productKinds.get(later?.word ?? phrase[head]!.word));
  }
  // A Latin model keeps its words and numbers, after its brand if any: "iPhone 15", "华为Mate 60 Pro", "AirPods Pro 2",
  // and the lexicon word glued to it ("罗技MX Master 3S鼠标"); but "UI设计班" is a name in words.
  const opening = words[first];
  if (opening && (opening.tag === 'eng' || brands.has(opening.word))) {
    const branded = brands.has(opening.word);
    const modelAt = branded ? opening.end : opening.start;
    // "Nike Dunk Low", "华为Mate 60 Pro": after a brand the model may follow a space.
    const end = Math.max(modelEnd(text, modelAt), branded ? modelTail(text, modelAt) : modelAt);
    const glued = findKnownWords(text.slice(end, end + 8)).find((k) => k.index === 0);
    const words = text.slice(modelAt, end).includes(' ');
    if (end > modelAt && (glued || branded || words || !/^[\u4e00-\u9fff]/.test(text.slice(end)))) {
      return product(text.slice(opening.start, end + (glued?.word.length ?? 0)), glued && productKinds.get(glued.word));
    }
  }
  // Unknown words: a short run that ends in a noun (雅思冲刺班, 会计初级班, 得力计算器, 全家福), so junk is left out.
  const run: TaggedWord[] = [];
  for (const w of words.slice(first, first + maxUnknownWords)) {
    if (openTags.has(w.tag) || vagueProducts.has(w.word)) break;
    run.push(w);
  }
  while (run.length > 0 && !unknownTags.has(run.at(-1)!.tag)) run.pop();
  const name = run.map((w) => w.word).join('');
  if (name === '' || name.length > maxUnknownLength || degreeFirst.test(name)) return undefined;
  return product(name, undefined);
}

// A lexicon word that continues a name (储值卡 after 美甲), not a part (屏幕) or a single character.
const isNamePart = (w: TaggedWord | undefined) =>
  w !== undefined && w.word.length > 1 && productKinds.has(w.word) && !parts.has(w.word);

const isSkipped = (w: TaggedWord) => determiners.has(w.word) || channels.has(w.word) || w.tag === 'm' || w.tag === 'q';

function knownMentions(text: string, words: readonly TaggedWord[]): Mention[] {
  const mentions: Mention[] = [];
  const wordAt = new Map(words.map((w) => [w.start, w]));
  const known = findKnownWords(text);
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
