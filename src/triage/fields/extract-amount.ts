import { z } from 'zod';
import amountsJson from './lexicon/amounts.json' with { type: 'json' };
import type { Found } from './mask-spans.ts';
import { parseNumber } from './parse-number.ts';

const amountsLexiconSchema = z.object({
  $comment: z.string().optional(),
  paidCues: z.array(z.string()).min(1),
  priceCues: z.array(z.string()).min(1),
  paidAfter: z.array(z.string()).min(1),
  notMoney: z.array(z.string()).min(1),
  notAmounts: z.array(z.string()),
});
const lexicon = amountsLexiconSchema.parse(amountsJson);

const arabic = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const chinese = '[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*';
const candidate = new RegExp(
  `(?<![\\dA-Za-z.零〇一二两三四五六七八九十百千万第]|\\d[.,])(¥|rmb|人民币)?\\s*(?:(${arabic})\\s*([万千kw](?![a-z]))?|(${chinese}))\\s*(多|来|余)?\\s*(块钱|块|元|圆|rmb)?`,
  'gi',
);
const windowOf = 6;
const cueBefore = (cues: string[]) => new RegExp(`(?:${cues.join('|')})[^,，。!！?？;；\\s]{0,${windowOf}}$`);
const paidBefore = cueBefore(lexicon.paidCues);
const priceBefore = cueBefore(lexicon.priceCues);
const paidAfter = new RegExp(`^\\s*(?:${lexicon.paidAfter.join('|')})`);
const notMoney = new RegExp(`^\\s*(?:${lexicon.notMoney.join('|')})`, 'i');
const notAmounts = new RegExp(lexicon.notAmounts.join('|') || '(?!)', 'g');
const jiao = /^([一二三四五六七八九]|\d)(?:毛|角)?(?![个件台只张次天号月年斤])/;
const measureAfterKuai = /^[\u4e00-\u9fff]/;
const wordAfterMoney = /^[钱多左的了吧啊呢呀哦嘛买都就也还退给付花没不是说这那呀,，。!！?？\s]/;

interface Candidate extends Found<number> {
  score: number;
}

/** The money at stake in yuan: the amount paid or wanted back when said, else the first clear amount. */
export function extractAmount(text: string): number | undefined {
  let best: Candidate | undefined;
  for (const c of findCandidates(text)) if (!best || c.score > best.score) best = c;
  return best?.value;
}

function findCandidates(raw: string): Candidate[] {
  const text = raw.replace(notAmounts, (m) => '▒'.repeat(m.length));
  const found: Candidate[] = [];
  for (const m of text.matchAll(candidate)) {
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
    const end = trimmed ? m.index + (currency?.length ?? 0) + raw.length : m.index + m[0].length;
    const after = text.slice(end);
    // "4K电视" is a resolution, "3k" or "1.5w的" money.
    if (magnitude && /[kw]/i.test(magnitude) && /^[\u4e00-\u9fff]/.test(after) && !/^[的多左块元钱]/.test(after))
      continue;
    const before = text.slice(Math.max(0, m.index - windowOf - 4), m.index);
    let amount = value;
    let score: number;
    if ((unit && !trimmed) || currency) {
      if (unit?.startsWith('块') && unit !== '块钱') {
        const j = jiao.exec(after);
        if (j) amount += (parseNumber(j[1]!) ?? 0) / 10;
        // "3块蛋糕" counts cakes; money 块 is followed by 钱, a particle or a verb.
        else if (value < 10 && measureAfterKuai.test(after) && !wordAfterMoney.test(after)) continue;
      }
      score = 2;
    } else {
      if (notMoney.test(after)) continue;
      const bigChinese = hanzi !== undefined && /[百千万]/.test(raw);
      const bigArabic = magnitude !== undefined;
      if (
        !bigChinese &&
        !bigArabic &&
        !paidBefore.test(before) &&
        !priceBefore.test(before) &&
        !paidAfter.test(after)
      ) {
        continue;
      }
      if (value < 2) continue;
      score = 1;
    }
    if (paidBefore.test(before) || paidAfter.test(after)) score += 3;
    else if (priceBefore.test(before)) score += 2;
    found.push({ value: Math.round(amount * 100) / 100, start: m.index, end, score });
  }
  return found;
}
