import type { Span } from './mask-spans.ts';
import {
  brands,
  channels,
  determiners,
  kindOfProduct,
  notProductAfter,
  type ProductKind,
  parts,
  personAfter,
  productEndings,
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
// Before a lexicon word found in the running text, only a brand, a material or a type: 华为/nr 平板, 实木/n 餐桌.
const brandTags = new Set(['n', 'nz', 'nr', 'nrt', 'b', 'eng']);
const maxLength = 12;
const windowLength = 16;
const byLength = (a: string, b: string) => b.length - a.length;

// 买的, 办的, 点了…; "十点的" is a time, not an order ("上周三订的" is an order).
const verbs = [...purchaseVerbs]
  .sort(byLength)
  .map((v) => (v === '点' ? '(?<![\\d零一二两三四五六七八九十半几])点' : v));
const purchase = new RegExp(`(?:${verbs.join('|')})[的了]`, 'g');
// "手机号 138…", "手机 ▒▒▒" (a masked number), "手机 5678", "安装费": the word is part of something else, not the
// product; a price after it is not ("戴森吹风机 3299买的"), nor a date or a quantity ("婚纱照3月15号拍的", "大米 10斤").
const partOfOther = new RegExp(
  `\\s*(?:尾号|▒|\\d{3}(?![\\d.]*\\s*(?:元|块|钱|买|的|多|万|千|w|k)))|${notProductAfter.join('|')}`,
  'y',
);
// The lexicon words by first character, longest first: a scan tries only the words that can start at a position,
// where one regex of all ~600 words costs ~9 µs a message.
const lexiconByFirst = new Map<string, string[]>();
for (const word of [...productKinds.keys()].sort(byLength)) {
  lexiconByFirst.set(word[0]!, [...(lexiconByFirst.get(word[0]!) ?? []), word]);
}
// "不是电饭煲，是电压力锅": the customer corrects the word right after 不是.
const negatedBefore = /(?:不是|并不是|而不是|并非)\s*$/;
// "▒▒▒ 这是我手机": the word labels the contact just given.
const contactBefore = /▒[\s,，]*(?:这是|是)?我的?$/;
const asciiModifier = /[A-Za-z][A-Za-z0-9]*$/;

/** A lexicon word found in the text. */
interface KnownWord {
  index: number;
  word: string;
}

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
    if (phrase?.kind) return phrase;
    unknown ??= phrase;
  }
  const mentions = knownMentions(text, words);
  return leadingProduct(text, words) ?? mentions.find((m) => !m.weak)?.product ?? unknown ?? mentions[0]?.product;
}

const notProductLatin = /^(?:e-?mail|tel|wechat|wx|vx|qq|hi|hello|ok|app|vip|id)$/i;
// The message's opening run of words, up to the first space or punctuation.
const openingRun = /^[\p{Script=Han}A-Za-z0-9+-]+/u;
// Tags that never sit inside a product's name: adverbs, prepositions, conjunctions, pronouns, particles, idioms,
// measure words, times ("大前天搬家").
const notInName = new Set([
  'd',
  'p',
  'c',
  'r',
  'u',
  'uj',
  'ul',
  'uz',
  'ug',
  'uv',
  'ud',
  'y',
  'e',
  'o',
  'l',
  'x',
  'q',
  't',
  'i',
]);
// After a Latin model name, more of it across spaces: "华为Mate 70 Pro", "苹果AirPods Pro 2" — not a spec or a price.
const modelWords = /^(?:\s(?:[A-Za-z][A-Za-z0-9]*|\d{1,2})(?![\dA-Za-z+]))+/;

/**
 * "华为Mate 70 Pro 12+512G 4月20号买的", "雅萌美容仪 10月24号付的定金": a message that opens with a noun phrase naming
 * goods (a lexicon word, a brand, a Latin model or a product ending in it) opens with the product.
 */
function leadingProduct(text: string, words: readonly TaggedWord[]): Product | undefined {
  const run = openingRun.exec(text)?.[0];
  if (!run) return undefined;
  const inRun = words.filter((w) => w.end <= run.length);
  const last = inRun.at(-1);
  if (!last || last.end !== run.length || /\d{3}/.test(run) || parts.has(last.word)) return undefined;
  // "手机 138…" labels a number; "email：…" an address.
  if (isPartOfOther(text, run.length) || notProductLatin.test(run)) return undefined;
  const lexical = (w: TaggedWord) => productKinds.has(w.word) || brands.has(w.word);
  // A verb or an adjective makes it a sentence ("吹风机有焦味"), unless the lexicon knows the word (推车) or it is one
  // character inside the name (小棕瓶).
  const describes = (w: TaggedWord) =>
    /^[va]/.test(w.tag) && !lexical(w) && !(w.tag === 'a' && w.word.length === 1 && w !== last);
  if (inRun.some((w) => notInName.has(w.tag) || describes(w))) return undefined;
  if (inRun.some((w) => vagueProducts.has(w.word)) || channels.has(inRun[0]!.word)) return undefined;
  const known = [...productKinds.keys()].some((w) => w.length > 1 && run.endsWith(w));
  const branded = inRun.some((w) => brands.has(w.word));
  const latin = /[A-Za-z]/.test(run);
  if (!known && !branded && !latin && !productEndings.some((e) => run.endsWith(e))) return undefined;
  const end = /[A-Za-z]$/.test(run)
    ? run.length + (modelWords.exec(text.slice(run.length))?.[0].length ?? 0)
    : run.length;
  return product(text.slice(0, end), kindOfProduct(run));
}

/** Where extractProduct reads tagged words: the window after each purchase verb and each lexicon word. */
export function findProductCues(text: string): Span[] {
  const cues: Span[] = [{ start: 0, end: openingRun.exec(text)?.[0].length ?? 0 }];
  for (const m of text.matchAll(purchase)) cues.push({ start: m.index, end: m.index + m[0].length + windowLength });
  for (const m of findKnownWords(text)) cues.push({ start: m.index, end: m.index + m.word.length });
  return cues;
}

// Leftmost, then longest, not overlapping; a word that is part of another one (安装费) is not taken.
function findKnownWords(text: string): KnownWord[] {
  const found: KnownWord[] = [];
  for (let i = 0; i < text.length; ) {
    const word = lexiconByFirst.get(text[i]!)?.find((w) => text.startsWith(w, i) && !isPartOfOther(text, i + w.length));
    if (word === undefined) {
      i++;
      continue;
    }
    found.push({ index: i, word });
    i += word.length;
  }
  return found;
}

function isPartOfOther(text: string, end: number): boolean {
  partOfOther.lastIndex = end;
  return partOfOther.test(text);
}

// 蛋糕店, 胶囊厂: the word after the bridge is part of another word (a number after it is no reason here).
const partOfWord = new RegExp(notProductAfter.join('|'), 'y');
function isPartOfWord(text: string, end: number): boolean {
  partOfWord.lastIndex = end;
  return partOfWord.test(text);
}

function nounPhrase(text: string, words: readonly TaggedWord[]): Product | undefined {
  let i = 0;
  while (i < words.length && isSkipped(words[i]!)) i++;
  // "送来的时候", "买的东西": what follows the verb is not a product, so neither is anything after it.
  if (i < words.length && vagueProducts.has(words[i]!.word)) return undefined;
  const first = i;
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
  // A Latin model name keeps its number: "iPhone 15", "Mate 60 Pro" (but "UI设计班" is a name in words).
  const model = /^[A-Za-z][A-Za-z0-9]*(?: ?[0-9][A-Za-z0-9]*(?: [A-Za-z]+)?)?/.exec(
    words
      .slice(first)
      .map((w) => w.word)
      .join(''),
  );
  if (phrase[0]?.tag === 'eng' && model && !/^[A-Za-z]+[\u4e00-\u9fff]/.test(phrase.map((w) => w.word).join(''))) {
    return product(model[0].trim(), undefined);
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
    const found = product(text.slice(start, withModel(text, end)), productKinds.get(last));
    if (found) mentions.push({ product: found, weak });
  }
  return mentions;
}

// Between two lexicon words, one to three letters or characters that are no function word join them into one name:
// 榴莲千层蛋糕, 布洛芬缓释胶囊, 维生素D滴剂 — not 牛奶和面包, 手机的屏幕.
const bridge = /^[\p{Script=Han}A-Za-z0-9]{1,3}$/u;
const functionChars = /[的了和跟与或及给是在把被从到也都就还又很太送]/;

/** A lexicon word (not a part) that ends the name begun by the word ending at `end`: "榴莲" + "千层" + "蛋糕". */
function laterHead(text: string, end: number): { word: string; end: number } | undefined {
  for (let gap = 1; gap <= 3; gap++) {
    const between = text.slice(end, end + gap);
    if (!bridge.test(between) || functionChars.test(between)) return undefined;
    const at = end + gap;
    const word = lexiconByFirst
      .get(text[at] ?? '')
      ?.find((w) => w.length > 1 && !parts.has(w) && text.startsWith(w, at) && !isPartOfWord(text, at + w.length));
    if (word) return { word, end: at + word.length };
  }
  return undefined;
}

// A model written right after the name: 小米手环8, 手机X, 手表S9 Pro — not a quantity, price or date (手环2个), nor a
// word (空调wifi, 手机APP).
const model =
  /^(?:\d{1,2}|[A-Z]{1,2}\d{0,3}|[A-Z]{3}\d{1,3})(?: ?(?:Pro|Max|Plus|Ultra|Mini|SE|pro|max|plus))?(?![\dA-Za-z.]|\s*(?:元|块|个|台|件|只|斤|天|年|月|号|日|次|寸|岁|人|分|小时|倍|折|w|k|%))/;
const withModel = (text: string, end: number) => end + (model.exec(text.slice(end, end + 12))?.[0].length ?? 0);

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

// A Latin brand ("iPhone手机壳") or one brand, material or type word ("华为平板", "实木餐桌") before the word.
function modifierLength(
  text: string,
  at: number,
  wordAt: ReadonlyMap<number, TaggedWord>,
  words: readonly TaggedWord[],
): number {
  const ascii = asciiModifier.exec(text.slice(0, at))?.[0].length ?? 0;
  if (ascii > 0) return ascii;
  if (!wordAt.has(at)) return 0;
  const previous = words.find((w) => w.end === at);
  if (!previous || !(brandTags.has(previous.tag) || brands.has(previous.word)) || previous.word.length < 2) return 0;
  if (vagueProducts.has(previous.word) || productKinds.has(previous.word)) return 0;
  return previous.word.length;
}

// A Latin word or number counts as one character: "iPhone 16 Pro Max" is short.
const latinRun = /[A-Za-z0-9]+/g;

function product(name: string, kind: ProductKind | undefined): Product | undefined {
  if (name.replace(latinRun, 'A').length > maxLength || vagueProducts.has(name)) return undefined;
  return { name, kind };
}
