import { spec } from './model-name.ts';
import {
  nameTails,
  notProductAfter,
  type ProductKind,
  parts,
  productKinds,
  vagueProducts,
  verbUses,
} from './product-lexicon.ts';

// How a product's name is found and cut in the running text: lexicon words, what joins or extends them (a bridge to a
// later head, a model number), what makes a word part of something else, and how long a name may be.

/** The product or service concerned, with its kind when the lexicon knows it. */
export interface Product {
  name: string;
  kind: ProductKind | undefined;
}

/** A lexicon word found in the text. */
export interface KnownWord {
  index: number;
  word: string;
}

const byLength = (a: string, b: string) => b.length - a.length;

// "手机号 138…", "手机 ▒▒▒" (a masked number), "手机 5678", "安装费": the word is part of something else, not the
// product; a price after it is not ("戴森吹风机 3299买的", "波司登羽绒服 1299"), nor a date or a quantity
// ("婚纱照3月15号拍的", "大米 10斤"). Digits label only a phone ("手机 5678").
const partOfOther = new RegExp(`\\s*(?:尾号|▒)|${notProductAfter.join('|')}`, 'y');
const phoneDigits = /(?:手机|电话)$/;
const digitsAfter = /^\s*\d{3}(?![\d.]*\s*(?:元|块|钱|买|的|多|万|千|w|k))/;
// The lexicon words by first character, longest first: a scan tries only the words that can start at a position,
// where one regex of all ~600 words costs ~9 µs a message.
const lexiconByFirst = new Map<string, string[]>();
for (const word of [...productKinds.keys()].sort(byLength)) {
  lexiconByFirst.set(word[0]!, [...(lexiconByFirst.get(word[0]!) ?? []), word]);
}

// Leftmost, then longest, not overlapping; a word that is part of another one (安装费) is not taken.
export function findKnownWords(text: string): KnownWord[] {
  const found: KnownWord[] = [];
  for (let i = 0; i < text.length; ) {
    const word = lexiconByFirst.get(text[i]!)?.find((w) => text.startsWith(w, i) && !isPartOfOther(text, i + w.length));
    if (word === undefined || verbUses.some((v) => text.startsWith(v, i))) {
      i++;
      continue;
    }
    found.push({ index: i, word });
    i += word.length;
  }
  return found;
}

/**
 * The kind of the first product word of a text (its findKnownWords), even one too generic to name the product
 * ("住你们酒店…退钱": 酒店 is no product, but the money back is for a service).
 */
export function kindOfFirst(known: readonly KnownWord[]): ProductKind | undefined {
  return known[0] && productKinds.get(known[0].word);
}

/** True when the lexicon word ending at `end` is part of something else (手机号, 安装费, 手机 5678). */
export function isPartOfOther(text: string, end: number): boolean {
  partOfOther.lastIndex = end;
  return (
    partOfOther.test(text) || (phoneDigits.test(text.slice(0, end)) && digitsAfter.test(text.slice(end, end + 12)))
  );
}

// 蛋糕店, 胶囊厂: the word after the bridge is part of another word (a number after it is no reason here).
const partOfWord = new RegExp(notProductAfter.join('|'), 'y');
function isPartOfWord(text: string, end: number): boolean {
  partOfWord.lastIndex = end;
  return partOfWord.test(text);
}

// Between two lexicon words, one to three letters or characters that are no function word join them into one name:
// 榴莲千层蛋糕, 布洛芬缓释胶囊, 维生素D滴剂 — not 牛奶和面包, 手机的屏幕.
const bridge = /^[\p{Script=Han}A-Za-z0-9]{1,3}$/u;
const functionChars = /[的了和跟与或及给是在把被从到也都就还又很太送说写含带叫要让]/;

/** A lexicon word (not a part) that ends the name begun by the word ending at `end`: "榴莲" + "千层" + "蛋糕". */
export function laterHead(text: string, end: number): { word: string; end: number } | undefined {
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

/**
 * Where a name ending at `end` ends once a word finishing a service's name is added: 接机|服务, 签证|代办, 会员|卡里 —
 * the tail must end the word (not 座椅卡扣).
 */
export function withTail(text: string, end: number): number {
  const tail = nameTails.find(
    (t) => text.startsWith(t, end) && tailEnds.test(text.slice(end + t.length, end + t.length + 1)),
  );
  return tail && !verbUses.some((v) => text.startsWith(v, end)) ? end + tail.length : end;
}
const tailEnds = /^(?:$|[^\u4e00-\u9fff]|[的了里在是也都就还又很太被把给和跟与不没说])/;

const maxLength = 12;
// "我订的米白色那款": a colour is how it looks, not what it is.
const colour = /色$/;
// A Latin word or number counts as one character: "iPhone 16 Pro Max" is short.
const latinRun = /[A-Za-z0-9]+/g;

/** The product, unless the name is too long to be one or too vague ("东西"). */
export function product(name: string, kind: ProductKind | undefined): Product | undefined {
  if (
    name.replace(latinRun, 'A').length > maxLength ||
    vagueProducts.has(name) ||
    colour.test(name) ||
    spec.test(name)
  ) {
    return undefined;
  }
  return { name, kind };
}
