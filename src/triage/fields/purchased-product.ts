import { modelEnd, modelTail, withModel } from './model-name.ts';
import {
  brands,
  channels,
  determiners,
  endingAtEnd,
  kindOfProduct,
  parts,
  productKinds,
  purchaseVerbs,
  vagueProducts,
} from './product-lexicon.ts';
import { findKnownWords, laterHead, type Product, product } from './product-name.ts';
import type { TaggedWord } from './tag-words.ts';

// What follows 买的/办的/订的…: read twice — by jieba's words and tags, and up to the next space by product endings —
// and the better reading kept.

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
/** How far after a purchase verb its product is read. */
export const windowLength = 16;
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
/** 买的, 办了…: a purchase verb followed by 的 or 了. */
export const purchase = new RegExp(`(?:${verbs.join('|')})[的了]`, 'g');

/** The product named right after a purchase verb: `words` are the tagged words of the window that follows it. */
export function purchasedProduct(text: string, words: readonly TaggedWord[]): Product | undefined {
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
    const endingLength = endingAtEnd(text.slice(start, w.end))?.length ?? 0;
    const ending = endingLength > 0;
    if (spanEnds.has(w.tag) || w.tag.startsWith('u') || (vagueProducts.has(w.word) && !ending)) break;
    if (!lexical && w !== words[0] && spanStops.test(w.word)) break;
    const verbEnds = endingLength >= w.word.length;
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
    const spaced = text.slice(modelAt, end).includes(' ');
    if (end > modelAt && (glued || branded || spaced || !/^[\u4e00-\u9fff]/.test(text.slice(end)))) {
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
