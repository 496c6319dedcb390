import { type EscalationLevel, escalationLevels } from '../handoff/escalation.ts';
import type { SlaPolicy } from './sla-policy.ts';
import type { Severity, Status } from './taxonomy.ts';

/** The two promised stages: first human contact (首次人工联系) and the result (处理结果). */
export type SlaStage = 'first_contact' | 'resolution';

/** What the customer is told by the desk itself, most urgent first. */
export const slaNoticeKinds = ['first_contact_overdue', 'resolution_overdue', 'before_deadline', 'progress'] as const;
export type SlaNoticeKind = (typeof slaNoticeKinds)[number];

/** A complaint's timing as the SLA sees it: its deadlines, what happened when, and what was already done. */
export interface SlaSnapshot {
  status: Status;
  severity: Severity | null;
  escalationLevel: EscalationLevel;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  firstHumanContactAt: Date | null;
  firstContactDueAt: Date | null;
  resolutionDueAt: Date | null;
  nextProgressDueAt: Date | null;
  lastCustomerUpdateAt: Date | null;
  /** keys of actions already carried out (recorded on their timeline events), so none is repeated */
  done: ReadonlySet<string>;
}

/**
 * What the SLA asks for now. Every action carries the keys that mark it done once recorded: a key names the
 * action and the deadline value it is about, so a moved deadline gets its own warning and nothing is done twice.
 */
export type SlaAction =
  | { type: 'warn'; stage: SlaStage; dueAt: Date; keys: string[] }
  | { type: 'breach'; stage: SlaStage; dueAt: Date; keys: string[] }
  /** 投诉递进 on a breach: one level up the 附件D path, back in a queue, unassigned */
  | { type: 'escalate'; stage: SlaStage; from: EscalationLevel; to: EscalationLevel; keys: string[] }
  /** a notice to the customer (投诉跟踪: progress at set intervals, and before the deadline at the latest) */
  | { type: 'notify'; notice: SlaNoticeKind; nextProgressDueAt: Date; keys: string[] };

const hour = 3_600_000;

/**
 * The SLA of one complaint at `now` (pure): warnings before the first-contact and resolution deadlines, a breach
 * and an escalation once one passes, and at most one customer notice (an apology for a breach, a progress note
 * before the resolution deadline, or the regular progress note). A closed complaint has no timers; a complaint an
 * agent has contacted no longer runs the first-contact clock. Only what `snapshot.done` lacks is returned.
 */
export function evaluateSla(policy: SlaPolicy, snapshot: SlaSnapshot, now: Date): SlaAction[] {
  if (snapshot.status === 'closed') return [];
  const severity = snapshot.severity ?? 'low';
  const t = now.getTime();
  const actions: SlaAction[] = [];
  const notices: { notice: SlaNoticeKind; key: string }[] = [];
  let level = snapshot.escalationLevel;
  const fresh = (key: string) => !snapshot.done.has(key);

  const stages: { stage: SlaStage; dueAt: Date | null; hours: number }[] = [
    {
      stage: 'first_contact',
      dueAt: snapshot.firstHumanContactAt ? null : snapshot.firstContactDueAt,
      hours: policy.firstContactHours[severity],
    },
    { stage: 'resolution', dueAt: snapshot.resolutionDueAt, hours: policy.resolutionHours[severity] },
  ];
  for (const { stage, dueAt, hours } of stages) {
    if (!dueAt) continue;
    const due = dueAt.getTime();
    const warnFrom = due - policy.warnAtShare * hours * hour;
    if (t >= due) {
      const breach = slaKey('breach', stage, dueAt);
      if (fresh(breach)) actions.push({ type: 'breach', stage, dueAt, keys: [breach] });
      const escalate = slaKey('escalate', stage, dueAt);
      const to = nextLevel(level);
      if (to && fresh(escalate)) {
        actions.push({ type: 'escalate', stage, from: level, to, keys: [escalate] });
        level = to;
      }
      notices.push({ notice: `${stage}_overdue`, key: slaKey('notice', `${stage}_overdue`, dueAt) });
    } else if (t >= warnFrom) {
      const warn = slaKey('warn', stage, dueAt);
      if (fresh(warn)) actions.push({ type: 'warn', stage, dueAt, keys: [warn] });
      const lastUpdate = snapshot.lastCustomerUpdateAt ?? snapshot.acknowledgedAt ?? snapshot.receivedAt;
      if (stage === 'resolution' && lastUpdate.getTime() < warnFrom) {
        notices.push({ notice: 'before_deadline', key: slaKey('notice', 'before_deadline', dueAt) });
      }
    }
  }
  if (snapshot.nextProgressDueAt && t >= snapshot.nextProgressDueAt.getTime()) {
    notices.push({ notice: 'progress', key: slaKey('notice', 'progress', snapshot.nextProgressDueAt) });
  }

  // One message at a time: the most urgent notice speaks for the others due with it.
  const due = notices.filter((n) => fresh(n.key));
  due.sort((a, b) => slaNoticeKinds.indexOf(a.notice) - slaNoticeKinds.indexOf(b.notice));
  const first = due[0];
  if (first) {
    actions.push({
      type: 'notify',
      notice: first.notice,
      nextProgressDueAt: new Date(t + policy.progressIntervalHours * hour),
      keys: due.map((n) => n.key),
    });
  }
  return actions;
}

/** The idempotence key of an action about the deadline value `dueAt`. */
export function slaKey(action: string, subject: string, dueAt: Date): string {
  return `${action}:${subject}@${dueAt.toISOString()}`;
}

/** One level up the 附件D path (bot → frontline → specialist → supervisor); null at the top. */
export function nextLevel(level: EscalationLevel): EscalationLevel | null {
  return escalationLevels[escalationLevels.indexOf(level) + 1] ?? null;
}
