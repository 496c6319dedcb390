import type { ComplaintFields, Extraction } from '../triage-result.ts';
import { localDate } from './calendar-date.ts';
import { detectRefusals } from './detect-refusals.ts';
import { detectUnknownOrderNumber } from './detect-unknown-order-number.ts';
import { extractAmount, findAmountCues } from './extract-amount.ts';
import { extractEmails } from './extract-emails.ts';
import { extractName } from './extract-name.ts';
import { extractOrderNumbers } from './extract-order-numbers.ts';
import { customerPhone, extractPhones } from './extract-phones.ts';
import { extractProduct, findProductCues } from './extract-product.ts';
import { extractRemedies } from './extract-remedies.ts';
import { extractWechatIds } from './extract-wechat-ids.ts';
import { findDateMentions } from './find-date-mentions.ts';
import { maskSpans } from './mask-spans.ts';
import { normalizeText } from './normalize-text.ts';
import { kindOfProduct } from './product-lexicon.ts';
import { findKnownWords, kindOfFirst } from './product-name.ts';
import { resolveDate } from './resolve-date.ts';
import { tagWords } from './tag-words.ts';

/** What a conversation already knows that changes how a message reads. */
export type KnownFields = Pick<ComplaintFields, 'product' | 'description'>;

/**
 * Reads the SPEC §1 fields, refusals and "不知道订单号" from one customer message. Pure; `now` is the message time.
 * `known` is what the conversation already holds: "退钱" about a 会员卡 (the product) asks for the fee back, "重开一张"
 * after a story about an invoice (the description) asks for a new one.
 */
export function extractFields(
  text: string,
  now: Date,
  timeZone = 'Asia/Shanghai',
  known: KnownFields = {},
): Extraction {
  const normalized = normalizeText(text);
  const declined = detectRefusals(normalized);

  // Each extractor claims its spans so the next cannot misread them: a phone is never an amount, an order
  // number never a date.
  const emails = extractEmails(normalized);
  const wechatIds = extractWechatIds(maskSpans(normalized, emails));
  const phones = extractPhones(maskSpans(normalized, [...emails, ...wechatIds]));
  const withoutContacts = maskSpans(normalized, [...emails, ...wechatIds, ...phones]);
  const orderNumbers = extractOrderNumbers(withoutContacts);
  const withoutNumbers = maskSpans(withoutContacts, orderNumbers);
  const dates = findDateMentions(withoutNumbers, localDate(now, timeZone));
  const withoutDates = maskSpans(withoutNumbers, dates);
  // Tagging is costly: only the stretches the product and amount readers look at.
  const lexiconWords = findKnownWords(withoutNumbers);
  const words = tagWords(withoutNumbers, [
    ...findProductCues(withoutNumbers, lexiconWords),
    ...findAmountCues(withoutDates),
  ]);
  const product = extractProduct(withoutNumbers, words, lexiconWords);

  const fields: ComplaintFields = {
    product: product?.name,
    orderNumber: orderNumbers[0]?.value,
    occurredOn: resolveDate(withoutNumbers, dates),
    remedyRequested: extractRemedies(
      withoutNumbers,
      product?.kind ?? (known.product ? kindOfProduct(known.product) : undefined) ?? kindOfFirst(lexiconWords),
      normalizeText(known.description ?? ''),
    ),
    customerName: extractName(withoutNumbers),
    phone: customerPhone(normalized, phones),
    email: emails[0]?.value,
    wechat: wechatIds[0]?.value,
    amount: extractAmount(withoutDates, words),
  };
  for (const field of declined) delete fields[field];
  if (fields.remedyRequested?.length === 0) delete fields.remedyRequested;
  return {
    fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    declined,
    orderNumberUnknown: fields.orderNumber === undefined && detectUnknownOrderNumber(normalized),
  };
}
