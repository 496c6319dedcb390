import type { Child } from '../shared/dom.ts';
import { h, replaceChildren } from '../shared/dom.ts';
import { formatDateTime } from '../shared/format-time.ts';
import type { ComplaintDetail } from './admin-api.ts';
import type { ConsoleContext } from './console-context.ts';

const fieldOrder = [
  'description',
  'product',
  'orderNumber',
  'occurredOn',
  'amount',
  'remedyRequested',
  'customerName',
  'phone',
  'email',
  'wechat',
] as const;

const proposalStatus = { open: '待顾客答复', accepted: '顾客已接受', refused: '顾客已拒绝', withdrawn: '已撤回' };

/** 附件C 投诉记录: the fields, classification, assessment, lifecycle and deadlines, as a definition list. */
export function recordSection(ctx: ConsoleContext) {
  const list = h('dl', { class: 'record' });
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'record-title' },
    h('h3', { id: 'record-title' }, '投诉记录（附件C）'),
    list,
  );
  const { config } = ctx;
  return {
    element,
    update(c: ComplaintDetail) {
      const f = c.fields;
      const fieldValue = (name: (typeof fieldOrder)[number]): string => {
        if (c.declinedFields.includes(name)) return '顾客不愿提供';
        const value = f[name];
        if (value === undefined || (Array.isArray(value) && !value.length)) return '—';
        return Array.isArray(value) ? value.join('、') : String(value);
      };
      const yes = (flag: boolean) => (flag ? '是' : '否');
      const when = (iso: string | null) => (iso ? formatDateTime(iso) : '—');
      const rows: [string, Child][] = [
        ['编号', c.code],
        ['渠道', c.channel === 'web' ? '网页在线客服' : c.channel === 'wechat' ? '微信' : c.channel],
        ...fieldOrder.map((name): [string, Child] => [config.fieldLabels[name], fieldValue(name)]),
        ['附件', f.attachments.length ? f.attachments.map((a) => a.name).join('、') : '—'],
        ['问题类别', c.category ?? '未定'],
        ['可能的类别', c.categories.join('、') || '—'],
        ['严重程度', c.severity ? config.severityLabels[c.severity] : '未评估'],
        ['安全问题', yes(c.safety)],
        ['需立即采取措施', yes(c.immediateAction)],
        ['外溢风险', yes(c.spilloverRisk)],
        ['重复投诉', yes(c.repeat)],
        ['状态', config.statusLabels[c.status] ?? c.status],
        ['结果', c.outcome ? config.outcomeLabels[c.outcome] : '—'],
        ['队列', c.queue ? config.queueLabels[c.queue] : '—'],
        [
          '处理层级',
          config.escalationLabels[c.escalationLevel as keyof typeof config.escalationLabels] ?? c.escalationLevel,
        ],
        ['处理人', c.assignee ? `${c.assignee.name}（${config.roleLabels[c.assignee.role]}）` : '待认领'],
        ['转人工原因', c.handoffReason ? (config.handoffReasonLabels[c.handoffReason] ?? c.handoffReason) : '—'],
        ['受理时间', when(c.receivedAt)],
        ['首次联系时限', when(c.firstContactDueAt)],
        ['首次人工联系', when(c.firstHumanContactAt)],
        ['下次告知进展', when(c.nextProgressDueAt)],
        ['处理结果时限', when(c.resolutionDueAt)],
        ['结束时间', when(c.closedAt)],
      ];
      replaceChildren(
        list,
        rows.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)]),
      );
    },
  };
}

/** The handoff summary (交接摘要) the API writes for whoever takes the complaint over. */
export function summarySection() {
  const text = h('p', { class: 'summary-text' });
  return {
    element: h(
      'section',
      { class: 'panel summary', 'aria-labelledby': 'summary-title' },
      h('h3', { id: 'summary-title' }, '交接摘要'),
      text,
    ),
    update(c: ComplaintDetail) {
      text.textContent = c.summary;
    },
  };
}

/** Remedies put to the customer (方案沟通) and what became of them. */
export function proposalsSection(ctx: ConsoleContext) {
  const list = h('ol', { class: 'proposals' });
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'proposals-title' },
    h('h3', { id: 'proposals-title' }, '处理方案'),
    list,
  );
  return {
    element,
    update(c: ComplaintDetail) {
      element.hidden = !c.proposals.length;
      replaceChildren(
        list,
        c.proposals.map((p) =>
          h(
            'li',
            null,
            h('strong', null, p.remedies.join('、')),
            p.amount !== null ? ` · ${p.amount} 元` : '',
            ` · ${proposalStatus[p.status]}`,
            h('span', { class: 'muted' }, ` · ${actorName(ctx, p.proposedBy)} · ${formatDateTime(p.createdAt)}`),
            h('span', { class: 'proposal-text' }, p.text),
          ),
        ),
      );
    },
  };
}

/** 附件C 跟踪投诉: every transition with time, actor and note, oldest first. */
export function timelineSection(ctx: ConsoleContext) {
  const list = h('ol', { class: 'timeline' });
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'timeline-title' },
    h('h3', { id: 'timeline-title' }, '跟踪记录'),
    list,
  );
  return {
    element,
    update(c: ComplaintDetail) {
      replaceChildren(
        list,
        c.timeline.map((entry) =>
          h(
            'li',
            null,
            h('time', { datetime: entry.at }, formatDateTime(entry.at)),
            h('strong', null, ctx.config.timelineLabels[entry.type] ?? entry.type),
            h('span', { class: 'muted' }, actorName(ctx, entry.actor)),
            entry.note ? h('span', { class: 'timeline-note' }, entry.note) : null,
          ),
        ),
      );
    },
  };
}

/** "bot" | "customer" | "system" | "agent:<id>" in words. */
function actorName(ctx: ConsoleContext, actor: string): string {
  if (actor.startsWith('agent:')) return ctx.agentName(actor.slice('agent:'.length));
  return { bot: '智能客服', customer: '顾客', system: '系统' }[actor] ?? actor;
}
