import type { Understanding } from './events.ts';
import type { Draft } from './state.ts';

const noParticular = /没(什么|啥)?(特别的?)?(要求|想法)|随便|看着办|都行|无所谓|你们(定|看)|不知道(要)?(怎么|啥)/;
const bareName = /^(?:我)?(?:姓|叫|是)?\s*(\p{Script=Han}{1,4}?(?:先生|女士|小姐)?)[。.!！~]*$/u;
const filler = /^(就是|是|买的是|我买的是|买的|我买的|那个)|(的|啊|呀|吧|哈|。|！|!|~)+$/g;

/**
 * Reads a reply that answers the bot's last question without naming the field: "电热水壶" after "是哪个产品？",
 * "王" after "怎么称呼您？", "没什么要求" after "希望怎么处理？", "不知道" after the order number.
 */
export function readBareAnswer(draft: Draft, u: Understanding): Draft {
  const asked = new Set(draft.lastAsked);
  if (asked.size === 0 || u.empty) return draft;
  const fields = { ...draft.fields };
  let orderNumberUnknown = draft.orderNumberUnknown;
  const text = u.text.trim();
  const social = u.intents.has('greeting') || u.intents.has('thanks') || u.intents.has('deny');
  const unknown = u.intents.has('unknown');

  if (asked.has('product') && !fields.product && !unknown && !social && text.length <= 20 && !u.code) {
    const product = text.replace(filler, '').trim();
    if (product.length >= 2 && !/[?？]/.test(product)) fields.product = product;
  }
  if (asked.has('customerName') && !fields.customerName && !draft.declined.includes('customerName') && !unknown) {
    const name = text.match(bareName)?.[1];
    if (name && !/[不没别]/.test(name)) fields.customerName = name;
  }
  if (asked.has('remedyRequested') && fields.remedyRequested === undefined && (unknown || noParticular.test(text))) {
    fields.remedyRequested = [];
  }
  if (asked.has('orderNumber') && !fields.orderNumber && unknown) orderNumberUnknown = true;

  const changed =
    JSON.stringify(fields) !== JSON.stringify(draft.fields) || orderNumberUnknown !== draft.orderNumberUnknown;
  return changed ? { ...draft, fields, orderNumberUnknown } : draft;
}
