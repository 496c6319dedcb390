import { z } from 'zod';
import { type Remedy, remedySchema } from '../../complaint/taxonomy.ts';
import remediesJson from './lexicon/remedies.json' with { type: 'json' };
import type { Span } from './mask-spans.ts';
import { maskSpans } from './mask-spans.ts';
import { continuesCondition, findConsequence, isHistory, isNegated, isPromised } from './negation.ts';
import type { ProductKind } from './product-lexicon.ts';
import { splitClauses } from './split-clauses.ts';

const remediesLexiconSchema = z.object({
  $comment: z.string().optional(),
  ignore: z.array(z.string()),
  phrases: z.partialRecord(remedySchema, z.array(z.string()).min(1)),
  refund: z.array(z.string()).min(1),
  contextual: z.array(
    z.object({ pattern: z.string(), context: z.string(), remedy: remedySchema, otherwise: remedySchema.optional() }),
  ),
  imperative: z.string(),
  charge: z.array(z.string()).min(1),
  deposit: z.array(z.string()).min(1),
  fee: z.array(z.string()).min(1),
  priceDifference: z.array(z.string()).min(1),
  shortChanged: z.array(z.string()).min(1),
  howLong: z.array(z.string()).min(1),
});
const lexicon = remediesLexiconSchema.parse(remediesJson);

/** What a matched phrase means once the message around it is known. */
type Meaning = (clause: string, text: string, kind: ProductKind | undefined) => Remedy | undefined;

interface Matcher {
  pattern: RegExp;
  meaning: Meaning;
}

interface Hit extends Span {
  meaning: Meaning;
}

const anyOf = (patterns: string[]) => patterns.map((p) => `(?:${p})`).join('|');
const ignore = new RegExp(anyOf(lexicon.ignore), 'g');
const deposit = new RegExp(anyOf(lexicon.deposit));
const fee = new RegExp(anyOf(lexicon.fee));
const charge = new RegExp(anyOf(lexicon.charge));
const imperative = new RegExp(lexicon.imperative);
const priceDifference = new RegExp(anyOf(lexicon.priceDifference));
const shortChanged = new RegExp(anyOf(lexicon.shortChanged));
const howLong = new RegExp(anyOf(lexicon.howLong));

// 退款 after goods is a return; after a course, a card or a fee it is money back for the service (SPEC §3). When the
// message complains of a charge (收了我180的作业费), the money wanted back is that charge, whatever was bought.
const refund: Meaning = (clause, text, kind) => {
  // "把400块差价退给我": money back for a price that dropped is a discount.
  if (priceDifference.test(clause)) return '价格折扣';
  // "差的那两百退给我", "少找我五十": money short-changed comes back as money, whatever was bought.
  if (shortChanged.test(clause)) return '退还其他已产生费用';
  if (deposit.test(clause)) return '退还预订金';
  if (fee.test(clause)) return '退还其他已产生费用';
  if (deposit.test(text)) return '退还预订金';
  if (charge.test(text) || shortChanged.test(text)) return '退还其他已产生费用';
  if (kind) return kind === 'service' ? '退还其他已产生费用' : '退货';
  return fee.test(text) ? '退还其他已产生费用' : '退货';
};

const matchers: Matcher[] = [
  ...Object.entries(lexicon.phrases).map(([remedy, patterns]) => ({
    pattern: new RegExp(anyOf(patterns), 'g'),
    meaning: () => remedy as Remedy,
  })),
  { pattern: new RegExp(anyOf(lexicon.refund), 'g'), meaning: refund },
  ...lexicon.contextual.map(({ pattern, context, remedy, otherwise }) => {
    const inContext = new RegExp(context);
    return {
      pattern: new RegExp(pattern, 'g'),
      meaning: ((_, text) => (inContext.test(text) ? remedy : otherwise)) as Meaning,
    };
  }),
];

/**
 * The remedies the customer asks for (SPEC §3 names), in the order mentioned. Phrases that are negated
 * ("不要赔偿"), hypothetical ("如果修不好再说退货"), reported ("客服说可以换") or past ("修过两次") ask for nothing.
 * `story` is what the customer said before, read as context only: "重开一张" after a story about an invoice.
 */
export function extractRemedies(text: string, kind: ProductKind | undefined, story = ''): Remedy[] {
  const ignored = [...text.matchAll(ignore)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const readable = maskSpans(text, ignored);
  const hits = findHits(readable);
  const surroundings = story ? `${readable}\n${story}` : readable;
  const remedies: Remedy[] = [];
  let openCondition = false;
  for (const clause of splitClauses(readable)) {
    const body = readable.slice(clause.start, clause.end);
    const inClause = hits.filter((h) => h.start >= clause.start && h.start < clause.end);
    const consequence = findConsequence(body);
    // "修好要多久": a question about how long asks for information, not for the remedy.
    const asksHowLong = howLong.test(body);
    const dropAll = openCondition && continuesCondition(body);
    openCondition = consequence === 'open';
    inClause.forEach((hit, i) => {
      const from = i > 0 ? inClause[i - 1]!.end : clause.start;
      const until = inClause[i + 1]?.start ?? clause.end;
      const before = readable.slice(from, hit.start);
      const after = readable.slice(hit.end, until);
      if (dropAll || (typeof consequence === 'number' && hit.start - clause.start >= consequence)) return;
      // A one-character verb before 的/了 tells what was done: "在你们这修的手机", "修了"; not in "帮我退了".
      const ordered = /^了$/.test(after) && imperative.test(readable.slice(clause.start, hit.start));
      if (isHistory(after) || (hit.end - hit.start === 1 && /^(?:的|了(?![吧呗啊]))/.test(after) && !ordered)) return;
      if (isNegated(before, after)) return;
      const remedy = hit.meaning(body, surroundings, kind);
      if (asksHowLong && remedy !== '提供信息') return;
      // "说好十年质保": the customer recalls a promise; only keeping it (兑现承诺) is asked for.
      if (remedy !== '兑现承诺' && isPromised(before)) return;
      if (remedy && !remedies.includes(remedy)) remedies.push(remedy);
    });
  }
  return remedies;
}

// All phrase matches; where they overlap, the earliest, then the longest, wins.
function findHits(text: string): Hit[] {
  const all: Hit[] = [];
  for (const { pattern, meaning } of matchers) {
    for (const m of text.matchAll(pattern)) {
      if (m[0] !== '') all.push({ start: m.index, end: m.index + m[0].length, meaning });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of all) if (!kept.some((k) => k.start < hit.end && hit.start < k.end)) kept.push(hit);
  return kept;
}
