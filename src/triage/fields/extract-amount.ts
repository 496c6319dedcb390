import { z } from 'zod';
import amountsJson from './lexicon/amounts.json' with { type: 'json' };
import type { Found, Span } from './mask-spans.ts';
import { correction } from './negation.ts';
import { parseNumber } from './parse-number.ts';
import { brandAtEnd, kindOfProduct, productAtEnd } from './product-lexicon.ts';
import type { TaggedWord } from './tag-words.ts';

const amountsLexiconSchema = z.object({
  $comment: z.string().optional(),
  refundCues: z.array(z.string()).min(1),
  paidCues: z.array(z.string()).min(1),
  totalCues: z.array(z.string()).min(1),
  priceCues: z.array(z.string()).min(1),
  refundAfter: z.array(z.string()).min(1),
  paidAfter: z.array(z.string()).min(1),
  priceAfter: z.array(z.string()).min(1),
  notMoney: z.array(z.string()).min(1),
  notAmounts: z.array(z.string()),
  offerCues: z.array(z.string()).min(1),
  countMeasures: z.array(z.string()).min(1),
  claimCues: z.array(z.string()).min(1),
});
const lexicon = amountsLexiconSchema.parse(amountsJson);

const arabic = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const chinese = '[一二两俩三四五六七八九十][零〇一二两三四五六七八九十百千万]*';
// A comma after digits is a thousands separator only after one to three digits ("1,299"); "型号GB-2308，398块" (the
// full-width comma folded to ",") lists two numbers.
const candidate = new RegExp(
  `(?<![\\dA-Za-z.零〇一二两俩三四五六七八九十百千万第]|\\d\\.|(?<![\\d,])\\d{1,3}(?:,\\d{3})*,)(¥|rmb|人民币)?\\s*(?:(${arabic})\\s*([万千kw](?![a-z]))?|(${chinese}))\\s*(多|来|余)?\\s*(块钱|块|元|圆|rmb)?`,
  'gi',
);
const windowOf = 6;
// "230ml 1540买的": a measure before the number is no model name ("iPhone 16" is).
const measureBefore = /\d\s*(?:ml|l|g|kg|cm|mm|m|gb|tb|w|mah)\s+$/i;
// A cue a few characters before the number, in the same clause; a space right before the number ends nothing.
const cueBefore = (cues: string[]) => new RegExp(`(?:${cues.join('|')})[^,，。!！?？;；\\s]{0,${windowOf}}\\s*$`);
const refundBefore = cueBefore(lexicon.refundCues);
const paidBefore = cueBefore(lexicon.paidCues);
const totalBefore = cueBefore(lexicon.totalCues);
const priceBefore = cueBefore(lexicon.priceCues);
// "1340要退给我们", "3000必须退": a modal verb may stand between the sum and the refund.
const refundAfter = new RegExp(`^\\s*(?:你们|贵司)?(?:要|得|必须|都|也|全部?)?(?:${lexicon.refundAfter.join('|')})`);
const paidAfter = new RegExp(`^\\s*(?:${lexicon.paidAfter.join('|')})`);
const priceAfter = new RegExp(`^(?:${lexicon.priceAfter.join('|')})`);
const notMoney = new RegExp(`^\\s*(?:${lexicon.notMoney.join('|')})`, 'i');
const notAmounts = new RegExp(lexicon.notAmounts.join('|') || '(?!)', 'g');
const jiao = /^([一二三四五六七八九]|\d)(?:毛|角)?(?![个件台只张次天号月年斤碗杯份盒瓶袋包串块条])/;
const measureAfterKuai = /^[\u4e00-\u9fff]/;
const paidJustBefore = /(花|付|收|交|扣|给|赔|退|要|才|只|就|卖)了?我?$/;
const moneyAlone = /^([钱多左]|$|[,，。!！?？\s])/;
const wordAfterMoney = /^[钱多左的了吧啊呢呀哦嘛买都就也还退给付花没不是说这那呀,，。!！?？\s]/;
// Nouns, set phrases and times jieba reads whole: a numeral inside one (三文鱼, 三星手机, 两节课, 五常/t 大米) is no
// amount, but 八块钱 is.
const wordTags = new Set(['n', 'nz', 'nr', 'ns', 'nt', 'nrt', 'nrfg', 'ng', 'l', 'i', 'vn', 'an', 't']);
const offerBefore = new RegExp(`(?:${lexicon.offerCues.join('|')})\\s*$`);
const corrected = new RegExp(`(?:${correction.source})[\\s,，:：]*(?:是|为)?\\s*$`);
const numeral = /[零〇一二两三四五六七八九十百千万亿]/;
const moneyEnd = /[钱块元毛角]$/;

interface Candidate extends Found<number> {
  score: number;
}

/**
 * The money at stake in yuan: the amount paid or wanted back when said, else the first clear amount. `words` are the
 * text's tagged words (tagWords), at least around findAmountCues: a number inside a noun is not read.
 */
export function extractAmount(text: string, words: readonly TaggedWord[]): number | undefined {
  // One numeral alone ("俩/m 百/n") is a number jieba split, not a word that hides one (三文鱼).
  const numberWords = words.filter(
    (w) => w.word.length > 1 && wordTags.has(w.tag) && numeral.test(w.word) && !moneyEnd.test(w.word),
  );
  let best: Candidate | undefined;
  for (const c of findCandidates(text)) {
    if (numberWords.some((w) => w.start < c.end && c.start < w.end)) continue;
    if (!best || c.score > best.score) best = c;
  }
  return best?.value;
}

// "小米手环8", "荣耀90", "套餐1999": the number is glued to what was bought.
const endsWithProductName = (before: string) => productAtEnd(before) !== undefined || brandAtEnd(before) !== undefined;

// "乳胶床垫 3299 收到就有味", "套餐1999": two to six digits standing alone, or glued to what was bought, are its price —
// the weakest reading, so any number with a cue or a unit wins over it.
const barePrice = /^\s*\d{2,6}(?:\.\d{1,2})?$/;
function isBarePrice(text: string, m: RegExpExecArray, end: number): boolean {
  const spacedAfter = /\s$/.test(m[0]);
  if (!barePrice.test(m[0].trimEnd()) || !(spacedAfter || /^(?:$|[\s,，。!！?？;；])/.test(text.slice(end))))
    return false;
  const before = text.slice(0, m.index + m[0].length - m[0].trimStart().length);
  // Digit groups ("EA 382 117 694") are a code, not a price.
  if (/\d\s*$/.test(before) || /^\s*\d/.test(text.slice(end))) return false;
  return /(?:^|[\s,，。!！?？;；:：])$/.test(before) || (m[2]!.length >= 3 && endsWithProductName(before));
}

// "一次150 退我450": a refund word followed by another sum refunds that one.
function refundsThisOne(after: string): boolean {
  const cue = refundAfter.exec(after);
  return cue !== null && !/^\s*[\d一二两三四五六七八九十]/.test(after.slice(cue[0].length));
}

/** How strongly the words around a number say it is the sum at stake: wanted back, paid or totalled, priced. */
function cueScore(before: string, after: string): number {
  if (refundBefore.test(before) || refundsThisOne(after)) return 5;
  if (paidBefore.test(before) || paidAfter.test(after) || totalBefore.test(before)) return 3;
  if (priceBefore.test(before) || priceAfter.test(after)) return 2;
  return 0;
}

/**
 * "两件318", "7天1050": a count of more than one and its measure word right before a bare number make it a total;
 * "一箱128", "每桌1880" a unit price, which any other sum named beats.
 */
function countScore(before: string): number {
  const counted = countBefore.exec(before)?.[1];
  if (counted === undefined) return 0;
  return /^(?:一|1|每)$/.test(counted) ? 0.5 : 3;
}
const countBefore = new RegExp(
  `(?<![\\d零〇一二两三四五六七八九十百千万])([\\d]+|[一二两俩三四五六七八九十几]+|每)(?:${lexicon.countMeasures.join('|')})\\s*$`,
);

// "1980的班", "599的套餐", "128的泰迪造型修剪": a bare number before 的 and a product is its price.
const ofWhat = /^的([^,，。!！?？;；\s]{1,12})/;
function pricesProduct(after: string): boolean {
  const what = ofWhat.exec(after)?.[1] ?? '';
  for (let end = what.length; end > 0; end--) if (kindOfProduct(what.slice(0, end))) return true;
  return false;
}

// "票钱186退我 打车钱120给我补上 一共306": a total after the items claimed is the sum at stake.
const claimed = new RegExp(lexicon.claimCues.join('|'));

/** Where extractAmount reads tagged words: the amounts in Chinese numerals it would read without them. */
export function findAmountCues(text: string): Span[] {
  return findCandidates(text).filter((c) => numeral.test(text.slice(c.start, c.end)));
}

function findCandidates(raw: string): Candidate[] {
  const text = raw.replace(notAmounts, (m) => '▒'.repeat(m.length));
  const found: Candidate[] = [];
  let consumed = 0;
  for (const m of text.matchAll(candidate)) {
    // "12块9": the 9 was read as jiao with the number before it.
    if (m.index < consumed) continue;
    const [, currency, digits, magnitude, hanzi, , unit] = m;
    let raw = digits ? `${digits}${magnitude ?? ''}` : hanzi!;
    let value = parseNumber(raw);
    // "七百五一张": drop trailing numerals that belong to the next quantity.
    while (value === undefined && hanzi && raw.length > 1) {
      raw = raw.slice(0, -1);
      value = parseNumber(raw);
    }
    if (value === undefined || value <= 0) continue;
    const trimmed = hanzi !== undefined && raw.length < hanzi.length;
    // The match may start with the space before the number: " 六十八一盒".
    const end = trimmed ? m.index + m[0].indexOf(hanzi!) + raw.length : m.index + m[0].length;
    let after = text.slice(end);
    // "4K电视" is a resolution, "3k" or "1.5w的" money.
    const spaced = /\s$/.test(m[0]);
    if (
      magnitude &&
      /[kw]/i.test(magnitude) &&
      !spaced &&
      /^[\u4e00-\u9fff]/.test(after) &&
      !/^[的多左块元钱]/.test(after)
    )
      continue;
    const before = text.slice(Math.max(0, m.index - windowOf - 4), m.index);
    // "iPhone 16 Pro", "Mate 60", "小米手环8", "荣耀90": a number after a Latin name, or two digits at most glued to a
    // product or brand without a unit, is a model, unless a currency opens it.
    // "4S店", "5G套餐": a number glued to Latin letters names something.
    if (!unit && !magnitude && /^[A-Za-z]/.test(after)) continue;
    const glued = !unit && digits !== undefined && digits.length <= 2 && endsWithProductName(before);
    if (!currency && !unit && ((/[A-Za-z]\s*$/.test(before) && !measureBefore.test(before)) || glued)) continue;
    // "1万2", "3千5": one digit after 万/千 counts one unit below it.
    const below = magnitude === '万' ? 1000 : magnitude === '千' ? 100 : 0;
    const tail = below && !unit ? /^(\d)(?![\d.%])/.exec(after) : null;
    if (tail) {
      value += Number(tail[1]) * below;
      consumed = end + 1;
      after = after.slice(1);
    }
    let amount = value;
    let score: number;
    if ((unit && !trimmed) || currency) {
      if (unit?.startsWith('块') && unit !== '块钱') {
        const j = jiao.exec(after);
        if (j) {
          amount += (parseNumber(j[1]!) ?? 0) / 10;
          consumed = end + j[0].length;
          after = after.slice(j[0].length);
        }
        // "3块蛋糕" counts cakes; money 块 is followed by 钱, a particle or a verb.
        else if (value < 10 && measureAfterKuai.test(after) && !wordAfterMoney.test(after)) continue;
        // "有一块不热", "一块儿", "磕坏了一块": one 块 is a piece or "together" unless paid right then or standing
        // alone ("才一块") after something other than a happening (…了).
        else if (
          value === 1 &&
          unit === '块' &&
          !paidJustBefore.test(before) &&
          (!moneyAlone.test(after) || /了$/.test(before))
        )
          continue;
      }
      score = 2;
    } else {
      // "3 个" is a count, but a space after the number ends its clause when the number is a Chinese numeral ("两千六
      // 根本就是骗人") or money by its cue ("学费12800 半年换了4个老师", "票价120 把票钱退了", "寄养5天750 回来…").
      const counted = digits !== undefined ? countScore(before) : 0;
      const clauseEnds = spaced && (hanzi !== undefined || cueScore(before, after) > 0 || counted > 0);
      if (notMoney.test(after) && !clauseEnds) continue;
      const bigChinese = hanzi !== undefined && /[百千万]/.test(raw);
      const bigArabic = magnitude !== undefined;
      const cued =
        cueScore(before, after) > 0 ||
        corrected.test(before) ||
        isBarePrice(text, m, end) ||
        pricesProduct(after) ||
        counted > 0;
      if (!bigChinese && !bigArabic && !cued) continue;
      if (value < 2) continue;
      score = counted === 0.5 ? 0.5 : 1 + counted;
    }
    score += cueScore(before, after);
    // "年卡3600 不对 是3800": the corrected sum; "只赔200": the shop's offer, not the sum at stake.
    if (corrected.test(before)) score += 5;
    if (totalBefore.test(before) && claimed.test(text.slice(0, m.index))) score += 5;
    if (offerBefore.test(before)) score -= 4;
    found.push({ value: Math.round(amount * 100) / 100, start: m.index, end, score });
  }
  return found;
}
