import { h } from '../shared/dom.ts';
import type { ComplaintRecord } from './admin-api.ts';
import type { ConsoleContext } from './console-context.ts';

/** Severity, status and the 初步评估 flags of a complaint, as small labelled badges. */
export function complaintBadges(ctx: ConsoleContext, c: ComplaintRecord, options: { status?: boolean } = {}) {
  const { config } = ctx;
  return h(
    'span',
    { class: 'badges' },
    c.severity
      ? h('span', { class: `badge sev-${c.severity}` }, `严重程度：${config.severityLabels[c.severity]}`)
      : h('span', { class: 'badge' }, '未评估'),
    options.status ? h('span', { class: `badge status-${c.status}` }, config.statusLabels[c.status] ?? c.status) : null,
    c.safety ? h('span', { class: 'badge flag-danger' }, '安全问题') : null,
    c.immediateAction ? h('span', { class: 'badge flag-danger' }, '需立即处理') : null,
    c.spilloverRisk ? h('span', { class: 'badge flag-warn' }, '外溢风险') : null,
    c.repeat ? h('span', { class: 'badge flag-warn' }, '重复投诉') : null,
    c.escalationLevel === 'supervisor' && c.status !== 'closed'
      ? h('span', { class: 'badge flag-warn' }, '待主管处理')
      : null,
  );
}
