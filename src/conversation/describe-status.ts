import { queueLabels } from '../complaint/lifecycle.ts';
import type { ComplaintView } from './events.ts';
import { formatDue } from './format-due.ts';
import { say } from './say.ts';
import type { TransitionContext } from './transition-result.ts';

const statusLabelsForCustomer: Record<ComplaintView['status'], string> = {
  received: '已受理，还在登记信息',
  acknowledged: '已受理，等待评估',
  assessed: '已评估，等待处理',
  investigating: '处理中',
  proposed: '方案待您确认',
  closed: '已处理结束',
};

/** Status, queue and next deadline as sentence parts for the status and welcome-back replies. */
export function describeStatus(c: ComplaintView, ctx: TransitionContext): Record<string, string> {
  const queueNote = c.assigned
    ? say('assigned_note')
    : c.queue && c.status !== 'closed'
      ? say('queue_note', { queueName: queueLabels[c.queue] }, ctx.now.getTime())
      : '';
  const waiting = !c.assigned && c.firstContactDueAt !== null;
  const deadlineNote =
    c.status === 'closed'
      ? ''
      : waiting && c.firstContactDueAt && c.firstContactDueAt > ctx.now
        ? say('deadline_note', { due: formatDue(c.firstContactDueAt, ctx.now, ctx.timeZone) })
        : waiting && c.queue
          ? say('overdue_note', {}, ctx.now.getTime())
          : c.resolutionDueAt
            ? say('resolution_note', { due: formatDue(c.resolutionDueAt, ctx.now, ctx.timeZone) })
            : '';
  return { status: `“${statusLabelsForCustomer[c.status]}”`, queueNote, deadlineNote };
}

/** One line per complaint: what the customer asked about, in the words of the status reply. */
export function statusLines(complaints: readonly ComplaintView[], ctx: TransitionContext, seed: number): string {
  if (complaints.length === 1)
    return say('status', { code: complaints[0]!.code, ...describeStatus(complaints[0]!, ctx) }, seed).trim();
  const items = complaints.map((c) => say('status_item', { code: c.code, ...describeStatus(c, ctx) }, seed).trim());
  return say('status_list', { count: complaints.length, items: items.join('\n') }, seed);
}
