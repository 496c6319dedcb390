import type { Extraction } from '../triage/triage-result.ts';
import type { AskableField, Draft } from './state.ts';

/** Fields the bot may ask about twice; every other field is asked once, then the intake moves on (no nagging). */
const askLimit: Partial<Record<AskableField, number>> = { description: 2 };

/**
 * Folds what one message said into the draft. Newer values replace older ones (that is how corrections work:
 * "不对，电话是…"); remedies accumulate unless the customer is correcting; a declined field is dropped and stays declined.
 */
export function mergeExtraction(draft: Draft, extraction: Extraction, correcting: boolean): Draft {
  const { remedyRequested, ...rest } = extraction.fields;
  const fields = { ...draft.fields, ...withoutUndefined(rest) };
  if (remedyRequested?.length) {
    fields.remedyRequested = correcting
      ? remedyRequested
      : [...new Set([...(draft.fields.remedyRequested ?? []), ...remedyRequested])];
  }
  const declined = [...new Set([...draft.declined, ...extraction.declined])];
  for (const field of extraction.declined) delete fields[field];
  return {
    ...draft,
    fields,
    declined,
    orderNumberUnknown: draft.orderNumberUnknown || extraction.orderNumberUnknown,
  };
}

/** True when the draft can reach the customer: a phone or e-mail, or the channel itself (WeChat). */
export function hasContact(draft: Draft, channelIsContact: boolean): boolean {
  return channelIsContact || draft.fields.phone !== undefined || draft.fields.email !== undefined;
}

/** Whether a field still needs an answer, ignoring how often it was asked. */
export function isOpen(draft: Draft, field: AskableField, channelIsContact: boolean): boolean {
  switch (field) {
    case 'description':
      return !draft.fields.description;
    case 'product':
      return !draft.fields.product;
    case 'occurredOn':
      return !draft.fields.occurredOn;
    case 'remedyRequested':
      return draft.fields.remedyRequested === undefined;
    case 'contact':
      return !hasContact(draft, channelIsContact) && !(draft.declined.includes('phone') && draft.declined.includes('email'));
    case 'orderNumber':
      return !draft.fields.orderNumber && !draft.orderNumberUnknown && !draft.declined.includes('orderNumber');
    case 'customerName':
      return !draft.fields.customerName && !draft.declined.includes('customerName');
  }
}

const askOrder: readonly AskableField[] = ['description', 'product', 'occurredOn', 'remedyRequested', 'contact', 'orderNumber', 'customerName'];

/** Fields still open that may still be asked, in the order the bot asks them. */
export function fieldsToAsk(draft: Draft, channelIsContact: boolean): AskableField[] {
  return askOrder.filter(
    (field) => isOpen(draft, field, channelIsContact) && (draft.asked[field] ?? 0) < (askLimit[field] ?? 1),
  );
}

/** The next one or two questions: two only when both are quick to answer. */
export function nextQuestions(draft: Draft, channelIsContact: boolean): AskableField[] {
  const [first, second] = fieldsToAsk(draft, channelIsContact);
  if (!first) return [];
  const quick: readonly AskableField[] = ['product', 'occurredOn', 'orderNumber', 'customerName'];
  return second && quick.includes(first) && quick.includes(second) ? [first, second] : [first];
}

/** Records that the bot just asked `fields`. */
export function markAsked(draft: Draft, fields: AskableField[]): Draft {
  const asked = { ...draft.asked };
  for (const f of fields) asked[f] = (asked[f] ?? 0) + 1;
  return { ...draft, asked, lastAsked: fields };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** True when two drafts hold the same answers (what was asked does not count). */
export function sameAnswers(a: Draft, b: Draft): boolean {
  const answers = (d: Draft) => JSON.stringify([d.fields, [...d.declined].sort(), d.orderNumberUnknown]);
  return answers(a) === answers(b);
}
