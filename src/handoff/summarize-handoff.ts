import type { ComplaintRecord } from '../complaint/complaint-record.ts';
import type { Severity } from '../complaint/taxonomy.ts';
import type { CaseMessage, ProposalRecord } from './case-file.ts';
import { escalationLabels, readEscalationLevel } from './escalation.ts';

/** What the summary is made from: the record and what was said and offered so far. */
export interface HandoffFacts {
  complaint: ComplaintRecord;
  /** the conversation, oldest first */
  messages: readonly Pick<CaseMessage, 'direction' | 'author' | 'private' | 'text'>[];
  proposals: readonly Pick<ProposalRecord, 'remedies' | 'text' | 'amount' | 'proposedBy' | 'status'>[];
}

/** Why the bot handed off (STYLE §3 reasons, and the agents' own transfers), as the agent reads it. */
export const handoffReasonLabels: Record<string, string> = {
  customer_asked: '顾客要求人工服务',
  safety: '涉及人身或财产安全，需立即处理',
  spillover_risk: '有外溢风险（顾客提到 12315、媒体、律师等）',
  no_policy_answer: '知识库里没有能回答的政策',
  low_confidence: '机器人对理解结果把握不足',
  proposal_refused: '顾客拒绝了按政策提出的方案',
  needs_human_decision: '政策未覆盖，需要人工决定处理方案',
  misunderstood: '机器人多次没能理解顾客',
  intake_unfinished: '顾客登记到一半没再回复，已按现有信息受理',
  llm_error: '语言模型服务异常',
  sla_breach: '超出处理时限',
  escalated: '由客服升级转交',
  transferred: '由客服转交',
  agent_inactive: '原处理人账号已停用',
};

const severityLabels: Record<Severity, string> = { low: '低', medium: '中', high: '高', critical: '紧急' };
const proposalStatusLabels: Record<ProposalRecord['status'], string> = {
  open: '待顾客答复',
  accepted: '顾客已接受',
  refused: '顾客已拒绝',
  withdrawn: '已撤回',
};
const fieldLabels: Record<string, string> = {
  product: '产品/服务',
  occurredOn: '发生日期',
  customerName: '称呼',
  phone: '电话',
  email: '邮箱',
  wechat: '微信',
  orderNumber: '订单号',
};

/**
 * 交接摘要: a few Chinese lines that let an agent pick a complaint up without reading the whole chat — the record,
 * why it reached a human, what the bot already said and offered. Pure; an LLM-written version can replace it behind
 * the same signature.
 */
export function summarizeHandoff(facts: HandoffFacts): string {
  const c = facts.complaint;
  const f = c.fields;
  const lines: string[] = [];

  const flags = [
    c.severity ? `严重程度：${severityLabels[c.severity]}` : '尚未评估',
    c.safety ? '安全问题' : '',
    c.immediateAction ? '需立即采取措施' : '',
    c.spilloverRisk ? '有外溢风险' : '',
    c.repeat ? '重复投诉' : '',
  ].filter(Boolean);
  lines.push(`【${c.code}】${c.category ?? '类别未定'} · ${flags.join(' · ')}`);

  if (c.handoffReason) {
    const level = escalationLabels[readEscalationLevel(c.escalationLevel)];
    lines.push(`转人工原因：${handoffReasonLabels[c.handoffReason] ?? c.handoffReason}（当前由${level}处理）`);
  }
  lines.push(`问题：${clip(f.description ?? '', 120)}`);

  const facts1 = [
    f.product ? `产品/服务：${f.product}` : '',
    f.orderNumber ? `订单号：${f.orderNumber}` : '',
    f.occurredOn ? `发生日期：${f.occurredOn}` : '',
    f.amount !== undefined ? `涉及金额：${f.amount} 元` : '',
  ].filter(Boolean);
  if (facts1.length) lines.push(facts1.join('；'));
  lines.push(`顾客诉求：${f.remedyRequested?.length ? f.remedyRequested.join('、') : '未提出具体要求'}`);

  const contact = [
    f.customerName,
    f.phone ? `电话 ${f.phone}` : '',
    f.email ? `邮箱 ${f.email}` : '',
    f.wechat ? `微信 ${f.wechat}` : '',
  ].filter(Boolean);
  const declined = c.declinedFields.map((name) => fieldLabels[name] ?? name);
  lines.push(
    `联系：${contact.length ? contact.join('，') : `${c.channel} 渠道会话`}${declined.length ? `；顾客不愿提供：${declined.join('、')}（不要再问）` : ''}`,
  );
  const missing = (['product', 'occurredOn'] as const).filter((name) => !f[name]).map((name) => fieldLabels[name]);
  if (missing.length) lines.push(`尚缺：${missing.join('、')}`);

  const botSaid = facts.messages.filter((m) => m.author === 'bot' && m.direction === 'outbound' && !m.private);
  if (botSaid.length)
    lines.push(
      `机器人最后说：${botSaid
        .slice(-2)
        .map((m) => `「${clip(m.text, 60)}」`)
        .join(' ')}`,
    );
  const lastCustomer = facts.messages.findLast((m) => m.direction === 'inbound');
  if (lastCustomer) lines.push(`顾客最后说：「${clip(lastCustomer.text, 80)}」`);

  for (const p of facts.proposals) {
    const who = p.proposedBy === 'bot' ? '机器人按政策' : '客服';
    const amount = p.amount !== null ? `，${p.amount} 元` : '';
    lines.push(
      `已提出方案（${who}）：${p.remedies.join('、') || clip(p.text, 40)}${amount}，${proposalStatusLabels[p.status]}`,
    );
  }
  if (!facts.proposals.length) lines.push('尚未向顾客提出任何方案');
  return lines.join('\n');
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
