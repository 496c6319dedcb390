import { z } from 'zod';
import type { SlaNoticeKind } from '../complaint/evaluate-sla.ts';
import type { Status } from '../complaint/taxonomy.ts';
import { formatDue } from '../conversation/format-due.ts';
import { type EscalationLevel, escalationLabels } from './escalation.ts';
import noticesJson from './sla-notices.zh.json' with { type: 'json' };

const notices = z
  .object({
    progress: z.string(),
    before_deadline: z.string(),
    first_contact_overdue: z.string(),
    resolution_overdue: z.string(),
    escalated: z.string(),
    followed_by: z.string(),
    situation_waiting: z.string(),
    situation_investigating: z.string(),
    situation_proposed: z.string(),
    situation_with_bot: z.string(),
    next_first_contact: z.string(),
    next_resolution: z.string(),
    next_progress: z.string(),
  })
  .parse(noticesJson);

/** The complaint as a notice describes it, after whatever escalation came with the notice. */
export interface SlaNoticeFacts {
  code: string;
  status: Status;
  escalationLevel: EscalationLevel;
  queued: boolean;
  assigned: boolean;
  /** the notice comes with an escalation (to `escalationLevel`) */
  escalated: boolean;
  firstHumanContactAt: Date | null;
  firstContactDueAt: Date | null;
  resolutionDueAt: Date | null;
  nextProgressDueAt: Date;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/**
 * 投诉跟踪: what the desk tells the customer on its own — what is happening, the complaint code and the next time
 * they can count on (first contact, the result, or the next progress note), in the business time zone.
 */
export function composeSlaNotice(kind: SlaNoticeKind, facts: SlaNoticeFacts, now: Date, timeZone: string): string {
  const due = (d: Date) => formatDue(d, now, timeZone);
  const level = escalationLabels[facts.escalationLevel];
  const situation =
    facts.status === 'proposed'
      ? notices.situation_proposed
      : facts.assigned
        ? fill(notices.situation_investigating, { level })
        : facts.queued
          ? fill(notices.situation_waiting, { level })
          : notices.situation_with_bot;
  const next =
    !facts.firstHumanContactAt && facts.firstContactDueAt && facts.firstContactDueAt > now
      ? fill(notices.next_first_contact, { due: due(facts.firstContactDueAt) })
      : facts.resolutionDueAt && facts.resolutionDueAt > now
        ? fill(notices.next_resolution, { due: due(facts.resolutionDueAt) })
        : fill(notices.next_progress, { due: due(facts.nextProgressDueAt) });
  const escalation = fill(facts.escalated ? notices.escalated : notices.followed_by, { level });
  return fill(notices[kind], { code: facts.code, situation, next, escalation });
}
