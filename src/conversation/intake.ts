import { maskPersonalData } from '../privacy/mask-personal-data.ts';
import type { Extraction } from '../triage/triage-result.ts';
import type { Effect, Understanding } from './events.ts';
import { type AskableField, type ConversationState, type Draft, emptyDraft } from './state.ts';

/** Fields the bot may ask about twice; every other field is asked once, then the intake moves on (no nagging). */
const askLimit: Partial<Record<AskableField, number>> = { description: 3 };

/** Fields a registered complaint takes from any later message; the others change only on an explicit correction. */
const contactFields = ['phone', 'email', 'wechat', 'customerName', 'orderNumber', 'amount'] as const;
/** Fields a later message may fill when still empty. */
const gapFields = ['product', 'occurredOn'] as const;

/**
 * Folds what one message said into the draft. Newer values replace older ones (that is how corrections work:
 * "不对，电话是…"), except the product, which a later passing mention must not overwrite unless the customer corrects
 * it or was just asked; remedies accumulate unless the customer is correcting; a declined field is dropped and stays
 * declined. `registered` (after registration) takes contact details, fills an empty product or date and adds
 * remedies; other fields change only when the customer corrects them. `bare`: the message says nothing but its fields.
 */
export function mergeExtraction(
  draft: Draft,
  extraction: Extraction,
  correcting: boolean,
  options: { registered?: boolean; bare?: boolean } = {},
): Draft {
  const { remedyRequested, ...rest } = withoutUndefined(extraction.fields);
  const given: Partial<Extraction['fields']> =
    options.registered && !correcting
      ? Object.fromEntries(
          Object.entries(rest).filter(
            ([k]) =>
              (contactFields as readonly string[]).includes(k) ||
              ((gapFields as readonly string[]).includes(k) && draft.fields[k as keyof Draft['fields']] === undefined),
          ),
        )
      : rest;
  // Chit-chat is full of dates ("今天天气不错"): a late date fills the gap only beside something else about the
  // matter ("就是昨天晚上点的，牛肉面"), alone ("12月1号买的"), or as the answer to the question.
  const dateOnly = Object.keys(rest).every((k) => k === 'occurredOn') && !remedyRequested?.length;
  const aside = dateOnly && !options.bare && !draft.lastAsked.includes('occurredOn');
  if (options.registered && !correcting && aside) delete given.occurredOn;
  if (given.product && draft.fields.product && !correcting && !draft.lastAsked.includes('product')) {
    delete given.product;
  }
  const fields = { ...draft.fields, ...given };
  if (remedyRequested?.length) {
    fields.remedyRequested = correcting
      ? remedyRequested
      : [...new Set([...(draft.fields.remedyRequested ?? []), ...remedyRequested])];
  }
  const declined = [...new Set([...draft.declined, ...extraction.declined])];
  for (const field of extraction.declined) delete fields[field];
  fields.description = scrub(
    draft.fields.description,
    extraction.declined.map((f) => draft.fields[f]),
  );
  if (fields.description === undefined) delete fields.description;
  // A field given again after being declined is no longer declined: the customer changed their mind.
  const stillDeclined = declined.filter((field) => !(field in given));
  return {
    ...draft,
    fields,
    declined: stillDeclined,
    orderNumberUnknown: (draft.orderNumberUnknown || extraction.orderNumberUnknown) && !fields.orderNumber,
  };
}

/**
 * The story as the complaint keeps it: phone numbers and e-mail addresses masked (they are stored in their own
 * fields, and a corrected one must not linger), and any value the customer withdrew (`withdrawn`) blanked out.
 */
export function scrub(
  description: string | undefined,
  withdrawn: readonly (string | undefined)[] = [],
): string | undefined {
  if (description === undefined) return undefined;
  let text = maskPersonalData(description);
  for (const value of withdrawn) if (value && value.length >= 1) text = text.split(value).join('***');
  return text;
}

/** A new draft for a second complaint in the same conversation: who the customer is carries over, the case does not. */
export function carryOverDraft(draft: Draft): Draft {
  const { phone, email, wechat, customerName } = draft.fields;
  return {
    ...emptyDraft(),
    fields: withoutUndefined({ phone, email, wechat, customerName }),
    declined: draft.declined.filter((f) => f !== 'orderNumber'),
  };
}

/** Stand-ins for a story not told yet (a stored complaint always has a description): never read as a story. */
export const untoldStories = {
  pending: '（顾客尚未描述问题）',
  /** a complaint registered on "转人工" alone */
  humanAsked: '（顾客要求人工服务，尚未描述问题）',
} as const;

/** The customer's own story, or '' while nothing or a stand-in holds its place. */
export function toldStory(description: string | undefined): string {
  return !description || Object.values<string>(untoldStories).includes(description) ? '' : description;
}

/** The draft as the complaint's fields: a stand-in holds the place of a description not given yet. */
export function complaintInput(draft: Draft, placeholder: string = untoldStories.pending) {
  return {
    fields: { ...draft.fields, description: draft.fields.description ?? placeholder },
    declined: draft.declined,
    orderNumberUnknown: draft.orderNumberUnknown,
    attachments: draft.attachments,
  };
}

/** True when the draft can reach the customer: a phone, e-mail or WeChat ID, or the channel itself (WeChat). */
export function hasContact(draft: Draft, channelIsContact: boolean): boolean {
  return channelIsContact || contactOf(draft) !== undefined;
}

/** The way to reach the customer the draft holds, as the bot reads it back: phone, else e-mail, else WeChat ID. */
export function contactOf(draft: Draft): string | undefined {
  const { phone, email, wechat } = draft.fields;
  return phone ?? email ?? (wechat === undefined ? undefined : `微信 ${wechat}`);
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
      return (
        !hasContact(draft, channelIsContact) && !(draft.declined.includes('phone') && draft.declined.includes('email'))
      );
    case 'orderNumber':
      return !draft.fields.orderNumber && !draft.orderNumberUnknown && !draft.declined.includes('orderNumber');
    case 'customerName':
      return !draft.fields.customerName && !draft.declined.includes('customerName');
  }
}

const askOrder: readonly AskableField[] = [
  'description',
  'product',
  'occurredOn',
  'remedyRequested',
  'contact',
  'orderNumber',
  'customerName',
];

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

/** Keeps the photos and files a message carries: in the draft, and attached to the complaint at once if there is one. */
export function keepAttachments(
  state: ConversationState,
  u: Understanding,
): { state: ConversationState; effects: Effect[] } {
  return {
    state: { ...state, draft: { ...state.draft, attachments: [...state.draft.attachments, ...u.attachments] } },
    effects:
      state.complaintCode && u.attachments.length ? [{ type: 'attachFiles', attachments: [...u.attachments] }] : [],
  };
}
