import type { DeclinableField } from '../triage/triage-result.ts';
import type { Draft } from './state.ts';

const notGiven = '未提供';
const withheld = '不愿提供（已尊重您的意愿）';

/** The confirmation summary shown before registering (附件B fields as the customer gave them). */
export function summarizeDraft(draft: Draft, channelIsContact: boolean): string {
  const f = draft.fields;
  const declined = (field: DeclinableField) => draft.declined.includes(field);
  const description = f.description ?? notGiven;
  const contact =
    [f.phone, f.email, f.wechat && `微信 ${f.wechat}`].filter(Boolean).join('，') ||
    (channelIsContact ? '本微信' : declined('phone') ? withheld : notGiven);
  const orderNumber =
    f.orderNumber ?? (draft.orderNumberUnknown ? '不清楚' : declined('orderNumber') ? withheld : notGiven);
  const lines = [
    `问题：${description.length > 80 ? `${description.slice(0, 80)}…` : description}`,
    `产品/服务：${f.product ?? notGiven}`,
    `发生日期：${f.occurredOn ?? notGiven}`,
    `诉求：${f.remedyRequested?.length ? f.remedyRequested.join('、') : '暂无具体要求'}`,
    `联系方式：${contact}`,
    `订单号：${orderNumber}`,
  ];
  if (f.customerName) lines.push(`称呼：${f.customerName}`);
  else if (declined('customerName')) lines.push(`称呼：${withheld}`);
  if (f.amount !== undefined) lines.push(`涉及金额：${f.amount}元`);
  return lines.join('\n');
}
