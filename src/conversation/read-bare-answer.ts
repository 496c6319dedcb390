import type { DeclinableField } from '../triage/triage-result.ts';
import type { Understanding } from './events.ts';
import { scrub } from './intake.ts';
import type { AskableField, Draft } from './state.ts';

const noParticular =
  /没(什么|啥)?(特别的?)?(要求|想法)|随便|看着办|都行|无所谓|你们(定|看)|不知道(要)?(怎么|啥)|不(用|需要|要)(你们)?怎么样|就是说一声|以后注意|提个醒/;
const filler = /^(就是|是|买的是|我买的是|买的|我买的|那个)|(的|啊|呀|吧|哈|。|！|!|~)+$/g;

/** What a refusal declines, for each question the bot may just have asked. */
const declinedBy: Partial<Record<AskableField, DeclinableField[]>> = {
  contact: ['phone', 'email'],
  customerName: ['customerName'],
  orderNumber: ['orderNumber'],
};

/**
 * Reads a reply that answers the bot's last question without naming the field: "电热水壶" after "是哪个产品？",
 * "王" after "怎么称呼您？", "没什么要求" after "希望怎么处理？", "不知道" after the order number, "不方便" after the
 * phone. A message that carries fields of its own ("上周四") answers with those, not as a bare name or product.
 */
export function readBareAnswer(draft: Draft, u: Understanding): Draft {
  const asked = new Set(draft.lastAsked);
  if (asked.size === 0 || u.empty) return draft;
  const fields = { ...draft.fields };
  let orderNumberUnknown = draft.orderNumberUnknown;
  let declined = draft.declined;
  const text = u.text.trim();
  const hasOwnFields = Object.keys(u.extraction.fields).length > 0;
  const social = ['greeting', 'thanks', 'deny', 'affirm', 'refuse', 'question', 'ask_status', 'unknown'] as const;
  // "电话先不给了" declines a field of its own: it is no product name.
  const plain =
    !hasOwnFields &&
    u.extraction.declined.length === 0 &&
    !u.describes &&
    !social.some((i) => u.intents.has(i)) &&
    !u.code;

  if (asked.has('product') && !fields.product && plain && text.length <= 20) {
    const product = text.replace(filler, '').trim();
    const notAName = /^[不没无别]|[?？]|什么|不是|不知道|不清楚/.test(product) || noParticular.test(product);
    if (product.length >= 2 && !notAName) fields.product = product;
  }
  if (asked.has('customerName') && !fields.customerName && !hasOwnFields && u.bareName) {
    fields.customerName = u.bareName;
    declined = declined.filter((f) => f !== 'customerName');
  }
  if (asked.has('remedyRequested') && fields.remedyRequested === undefined) {
    if (u.intents.has('unknown') || noParticular.test(text)) fields.remedyRequested = [];
    else if (plain && /\p{Script=Han}.*\p{Script=Han}/u.test(text) && !/[?？]/.test(text)) {
      // A wish the remedy list has no name for ("把积分恢复"): 其他措施, in the customer's words in the story.
      fields.remedyRequested = ['其他措施'];
      fields.description = fields.description ? `${fields.description}；诉求：${text}` : fields.description;
    }
  }
  if (asked.has('orderNumber') && !fields.orderNumber && u.intents.has('unknown')) orderNumberUnknown = true;
  // "没了", "就这些" to the contact question: no contact is coming; it is not asked again.
  if (asked.has('contact') && !hasOwnFields && u.intents.has('unknown') && !fields.phone && !fields.email) {
    declined = [...new Set([...declined, ...declinedBy.contact!])];
  }
  // A refusal declines what was asked ("不方便" after the phone question covers the e-mail too), unless it names
  // something else ("不想留电话" after "怎么称呼您？" declines the phone only, through the extraction).
  const askedDeclinable = [...asked].flatMap((field) => declinedBy[field] ?? []);
  const named = u.extraction.declined;
  if (
    u.intents.has('refuse') &&
    !hasOwnFields &&
    (named.length === 0 || named.some((f) => askedDeclinable.includes(f)))
  ) {
    const open = (field: DeclinableField) => !fields[field] && !(field === 'orderNumber' && orderNumberUnknown);
    const refused = askedDeclinable.filter(open);
    declined = [...new Set([...declined, ...refused])];
    fields.description = scrub(
      fields.description,
      refused.map((f) => fields[f]),
    );
    if (fields.description === undefined) delete fields.description;
    for (const field of refused) delete fields[field];
  }

  const changed =
    JSON.stringify(fields) !== JSON.stringify(draft.fields) ||
    orderNumberUnknown !== draft.orderNumberUnknown ||
    declined.length !== draft.declined.length;
  return changed ? { ...draft, fields, orderNumberUnknown, declined } : draft;
}
