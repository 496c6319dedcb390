import { h, replaceChildren } from '../shared/dom.ts';
import type { ComplaintDetail } from './admin-api.ts';
import { complaintBadges } from './badges.ts';
import { caseActions } from './case-actions.ts';
import { proposalsSection, recordSection, summarySection, timelineSection } from './case-record.ts';
import { caseTranscript } from './case-transcript.ts';
import type { ConsoleContext, View } from './console-context.ts';
import { failureText } from './run-action.ts';

/** One complaint: transcript and reply box beside the summary, actions, record and timeline; kept live. */
export function complaintView(ctx: ConsoleContext, code: string): View {
  const badges = h('div', { class: 'case-badges' });
  const owner = h('p', { class: 'case-owner' });
  const problem = h('p', { class: 'form-error', role: 'alert' });
  const transcript = caseTranscript(ctx);
  const actions = caseActions(ctx, code, load);
  const summary = summarySection();
  const record = recordSection(ctx);
  const proposals = proposalsSection(ctx);
  const timeline = timelineSection(ctx);

  const element = h(
    'article',
    { class: 'case' },
    h(
      'header',
      { class: 'case-head' },
      h('a', { href: '#/queues', class: 'back' }, '← 返回队列'),
      h('h2', { class: 'view-title', tabindex: '-1' }, `投诉 ${code}`),
      badges,
      owner,
      problem,
      actions.claimForm,
    ),
    h(
      'div',
      { class: 'case-grid' },
      h(
        'section',
        { class: 'case-chat panel', 'aria-labelledby': 'chat-title' },
        h('h3', { id: 'chat-title' }, '对话记录'),
        transcript.element,
        actions.replyForm,
      ),
      h(
        'div',
        { class: 'case-side' },
        summary.element,
        actions.manage,
        proposals.element,
        record.element,
        timeline.element,
      ),
    ),
  );

  function show(c: ComplaintDetail) {
    replaceChildren(badges, complaintBadges(ctx, c, { status: true }));
    owner.textContent = c.assignee
      ? `处理人：${c.assignee.id === ctx.me.id ? `我（${c.assignee.name}）` : c.assignee.name}`
      : c.status === 'closed'
        ? `已结束：${c.outcome ? ctx.config.outcomeLabels[c.outcome] : ''}`
        : `待认领 · ${c.queue ? ctx.config.queueLabels[c.queue] : '机器人处理中'}`;
    transcript.update(c);
    actions.update(c);
    summary.update(c);
    record.update(c);
    proposals.update(c);
    timeline.update(c);
  }

  async function load(): Promise<void> {
    try {
      show(await ctx.api.complaint(code));
      problem.textContent = '';
    } catch (error) {
      problem.textContent = failureText(error);
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  void load();
  return {
    element,
    onChange(change) {
      if (change.code !== code) return;
      clearTimeout(timer);
      timer = setTimeout(load, 150);
    },
    onReconnect: () => void load(),
    dispose: () => clearTimeout(timer),
  };
}
