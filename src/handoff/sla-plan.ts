import type { SlaAction, SlaNoticeKind, SlaStage } from '../complaint/evaluate-sla.ts';
import type { SlaCase, SlaEventType, SlaWrite } from '../db/sla.ts';
import { hourMinute, wallClock } from '../time/wall-clock.ts';
import { escalationLabels, placementOf } from './escalation.ts';
import { composeSlaNotice } from './sla-notices.ts';

const stageNames: Record<SlaStage, string> = { first_contact: '首次人工联系', resolution: '处理结果' };

const noticeNames: Record<SlaNoticeKind, string> = {
  first_contact_overdue: '首次联系超时致歉',
  resolution_overdue: '处理超时致歉',
  before_deadline: '时限前进展告知',
  progress: '定期进展告知',
};

/**
 * Turns what `evaluateSla` asked for into what gets recorded (pure): a timeline line per action in the 附件C
 * tracking table's words, the queue and level an escalation lands on, and the customer notice's text as it reads
 * after that escalation. Null when there is nothing to do.
 */
export function planSlaWrite(
  slaCase: SlaCase,
  actions: readonly SlaAction[],
  context: { now: Date; timeZone: string },
): SlaWrite | null {
  if (actions.length === 0) return null;
  const { now, timeZone } = context;
  // the tracking table is read long after: absolute times, never "今天"
  const at = (d: Date) => formatMoment(d, timeZone);
  const events: SlaWrite['events'] = [];
  let escalation: SlaWrite['escalation'];
  let notice: SlaWrite['notice'];
  for (const action of actions) {
    switch (action.type) {
      case 'warn':
        events.push({
          type: `sla_warning_${action.stage}`,
          note: `${stageNames[action.stage]}时限（${at(action.dueAt)}）将到，${action.stage === 'first_contact' ? '尚无工作人员联系顾客' : '投诉尚未结案'}`,
          keys: action.keys,
          data: { dueAt: action.dueAt.toISOString() },
        });
        break;
      case 'breach':
        events.push({
          type: `sla_breach_${action.stage}`,
          note: `已超过${stageNames[action.stage]}时限（${at(action.dueAt)}）${action.stage === 'first_contact' ? '，仍无工作人员联系顾客' : '，投诉仍未结案'}`,
          keys: action.keys,
          data: { dueAt: action.dueAt.toISOString() },
        });
        break;
      case 'escalate': {
        const placement = placementOf(action.to === 'bot' ? 'frontline' : action.to);
        escalation = placement;
        events.push({
          type: 'escalated' satisfies SlaEventType,
          note: `超时自动升级（投诉递进）：${escalationLabels[action.from]} → ${escalationLabels[action.to]}`,
          keys: action.keys,
          data: { queue: placement.queue, escalationLevel: placement.escalationLevel, reason: 'sla_breach' },
        });
        break;
      }
      case 'notify': {
        const text = composeSlaNotice(
          action.notice,
          {
            code: slaCase.code,
            status: slaCase.status,
            escalationLevel: escalation?.escalationLevel ?? slaCase.escalationLevel,
            queued: escalation ? true : slaCase.queued,
            assigned: escalation ? false : slaCase.assigned,
            escalated: escalation !== undefined,
            firstHumanContactAt: slaCase.firstHumanContactAt,
            firstContactDueAt: slaCase.firstContactDueAt,
            resolutionDueAt: slaCase.resolutionDueAt,
            nextProgressDueAt: action.nextProgressDueAt,
          },
          now,
          timeZone,
        );
        notice = { text, nextProgressDueAt: action.nextProgressDueAt };
        events.push({
          type: 'sla_progress_notice',
          note: `已自动告知顾客（${noticeNames[action.notice]}），下次进展告知最迟${at(action.nextProgressDueAt)}`,
          keys: action.keys,
          data: { kind: action.notice },
        });
        break;
      }
    }
  }
  return { at: now, events, escalation, notice };
}

/** "11月29日10:00" in the business time zone. */
function formatMoment(d: Date, timeZone: string): string {
  const { month, day } = wallClock(d, timeZone);
  return `${month}月${day}日${hourMinute(d, timeZone)}`;
}
