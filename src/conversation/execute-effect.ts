import type { ComplaintRecord } from '../complaint/complaint-record.ts';
import { computeDeadlines } from '../complaint/sla-policy.ts';
import { type Severity, severities } from '../complaint/taxonomy.ts';
import { findEarlierComplaintsByPhone, reassessComplaint } from '../db/complaint-history.ts';
import {
  addComplaintEvent,
  attachToComplaint,
  countEarlierComplaints,
  createComplaint,
  findComplaint,
  queueComplaint,
  recordAssessment,
  updateComplaintFields,
} from '../db/complaints.ts';
import { openBotProposal, recordSurvey, respondToOpenProposal } from '../db/proposals.ts';
import { toView } from './complaint-view.ts';
import type { ConversationDeps } from './conversation-deps.ts';
import type { ConversationEvent, Effect } from './events.ts';
import { toldStory } from './intake.ts';
import { lookUpStatus } from './look-up-status.ts';
import { maxReadLength } from './understand/understand-message.ts';

/** What an effect works on: the conversation, its customer, and the complaint in hand (set once it exists). */
export interface TurnScope {
  conversationId: string;
  customerId: string;
  channel: string;
  sourceMessageId: string | null;
  code: string | null;
  /** the complaint as this turn last read or wrote it; null once a write may have changed it */
  complaint: ComplaintRecord | null;
  humanRequested: boolean;
}

/** Carries out one effect; returns the event that reports its result, if the dialogue needs to hear it. */
export async function executeEffect(
  deps: ConversationDeps,
  scope: TurnScope,
  effect: Exclude<Effect, { type: 'reply' }>,
  now: Date,
): Promise<ConversationEvent | null> {
  const { db } = deps;
  // Any effect but a lookup may change the complaint: those that return the record put it back in hand.
  const inHand = scope.complaint;
  if (effect.type !== 'lookupStatus' && effect.type !== 'answerQuestion') scope.complaint = null;
  switch (effect.type) {
    case 'createComplaint': {
      const complaint = await createComplaint(db, {
        customerId: scope.customerId,
        channel: scope.channel,
        fields: { ...effect.fields, description: effect.fields.description ?? '' },
        declined: effect.declined,
        attachments: effect.attachments,
        receivedAt: now,
        timeZone: deps.timeZone,
        actor: 'bot',
        sourceMessageId: scope.sourceMessageId ?? undefined,
      });
      scope.code = complaint.code;
      scope.complaint = complaint;
      deps.bus.emit('deskChange', { code: complaint.code, kind: 'complaint_updated', at: now });
      return { type: 'complaint_created', code: complaint.code };
    }
    case 'updateComplaint':
      if (scope.code) {
        await updateComplaintFields(db, scope.code, effect.fields, effect.declined);
        deps.bus.emit('deskChange', { code: scope.code, kind: 'complaint_updated', at: now });
      }
      return null;
    case 'attachFiles':
      if (scope.code) {
        await attachToComplaint(db, scope.code, effect.attachments);
        deps.bus.emit('deskChange', { code: scope.code, kind: 'complaint_updated', at: now });
      }
      return null;
    case 'recordDetail':
      if (scope.code) {
        await addComplaintEvent(db, scope.code, {
          type: 'customer_added_details',
          at: now,
          actor: 'customer',
          note: effect.text,
        });
        deps.bus.emit('deskChange', { code: scope.code, kind: 'complaint_updated', at: now });
      }
      return null;
    case 'acknowledge': {
      const complaint = inHand ?? (scope.code ? await findComplaint(db, scope.code) : null);
      if (!complaint) return null;
      const receivedAt = new Date(complaint.receivedAt);
      // Long messages are stored whole; triage reads as far as the bot does.
      const triage = await deps.triage(toldStory(complaint.fields.description).slice(0, maxReadLength), now);
      const earlierOwn = await countEarlierComplaints(db, scope.customerId, receivedAt);
      const phone = complaint.fields.phone;
      const samePhone = phone
        ? await findEarlierComplaintsByPhone(db, { phone, excludeCustomerId: scope.customerId, before: receivedAt })
        : [];
      const repeat = earlierOwn > 0 || samePhone.length > 0;
      if (samePhone.length) {
        await addComplaintEvent(db, complaint.code, {
          type: 'linked',
          at: now,
          actor: 'bot',
          note: `同一手机号此前投诉过：${samePhone.join('、')}（重复投诉）`,
        });
      }
      const floor: Severity = effect.urgent ? 'critical' : scope.humanRequested || repeat ? 'high' : 'low';
      const severity = maxSeverity(triage.severity, floor);
      const safety = triage.safety || effect.urgent;
      const recorded = await recordAssessment(db, complaint.code, {
        category: triage.category,
        categories: triage.categories,
        assessment: {
          severity,
          safety,
          immediateAction: triage.immediateAction || safety,
          spilloverRisk: triage.spilloverRisk,
        },
        repeat,
        deadlines: computeDeadlines(deps.sla, severity, receivedAt),
        at: now,
        actor: 'bot',
      });
      scope.complaint = recorded;
      deps.bus.emit('deskChange', { code: recorded.code, kind: 'complaint_updated', at: now });
      return {
        type: 'complaint_acknowledged',
        complaint: toView(recorded),
        firstContactHours: deps.sla.firstContactHours[severity],
        resolutionHours: deps.sla.resolutionHours[severity],
        progressHours: deps.sla.progressIntervalHours,
        repeat,
      };
    }
    case 'raiseRisk': {
      if (!scope.code) return null;
      const severity: Severity = effect.safety ? 'critical' : 'high';
      await reassessComplaint(db, scope.code, {
        severity,
        safety: effect.safety,
        spilloverRisk: effect.spilloverRisk,
        firstContactDueAt: computeDeadlines(deps.sla, severity, now).firstContactDueAt,
        at: now,
        actor: 'bot',
        note: effect.safety ? '顾客补充了安全问题，重新评估为紧急（critical）' : '顾客提到外部投诉渠道，存在外溢风险',
      });
      return null;
    }
    case 'reassess': {
      const complaint = inHand ?? (scope.code ? await findComplaint(db, scope.code) : null);
      if (!complaint) return null;
      const triage = await deps.triage(toldStory(complaint.fields.description).slice(0, maxReadLength), now);
      await reassessComplaint(db, complaint.code, {
        categories: triage.categories,
        severity: triage.severity,
        safety: triage.safety,
        spilloverRisk: triage.spilloverRisk,
        firstContactDueAt: computeDeadlines(deps.sla, triage.severity, now).firstContactDueAt,
        at: now,
        actor: 'bot',
        note: `顾客说明了问题，重新评估：${triage.category}，严重程度不低于 ${triage.severity}`,
      });
      deps.bus.emit('deskChange', { code: complaint.code, kind: 'complaint_updated', at: now });
      return null;
    }
    case 'handOff': {
      if (!scope.code) return null;
      const { complaint, waitingAhead } = await queueComplaint(db, scope.code, {
        queue: effect.queue,
        reason: effect.reason,
        at: now,
        actor: 'bot',
      });
      scope.complaint = complaint;
      deps.bus.emit('deskChange', { code: complaint.code, kind: 'complaint_queued', at: now });
      return { type: 'handed_off', complaint: toView(complaint), waitingAhead, reason: effect.reason };
    }
    case 'lookupStatus':
      return lookUpStatus(db, scope.customerId, effect);
    case 'findPolicyOffer': {
      const complaint = inHand ?? (scope.code ? await findComplaint(db, scope.code) : null);
      const offer = complaint ? await deps.policies.findOffer(complaint, now) : null;
      if (offer && complaint) await openBotProposal(db, complaint.code, offer, now);
      return { type: 'policy_offer', offer };
    }
    case 'answerQuestion': {
      const answer = await deps.policies.answer(effect.question);
      return { type: 'policy_answer', answer, ...(effect.request ? { request: effect.question } : {}) };
    }
    case 'respondToOffer':
      if (scope.code) await respondToOpenProposal(db, scope.code, effect.accepted, now);
      return null;
    case 'recordSurvey':
      if (scope.code) await recordSurvey(db, scope.code, { score: effect.score, comment: effect.comment, at: now });
      return null;
    default:
      return assertNever(effect);
  }
}

function maxSeverity(a: Severity, b: Severity): Severity {
  return severities[Math.max(severities.indexOf(a), severities.indexOf(b))]!;
}

function assertNever(value: never): never {
  throw new Error(`unhandled effect ${JSON.stringify(value)}`);
}
