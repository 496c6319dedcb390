import type { ComplaintRecord } from '../complaint/complaint-record.ts';
import { computeDeadlines } from '../complaint/sla-policy.ts';
import { type Severity, severities } from '../complaint/taxonomy.ts';
import {
  addComplaintEvent,
  countEarlierComplaints,
  createComplaint,
  findComplaint,
  findLatestComplaintOfCustomer,
  queueComplaint,
  recordAssessment,
  updateComplaintFields,
} from '../db/complaints.ts';
import { openBotProposal, recordSurvey, respondToOpenProposal } from '../db/proposals.ts';
import type { ConversationDeps } from './conversation-deps.ts';
import type { ComplaintView, ConversationEvent, Effect } from './events.ts';

/** What an effect works on: the conversation, its customer, and the complaint in hand (set once it exists). */
export interface TurnScope {
  conversationId: string;
  customerId: string;
  channel: string;
  sourceMessageId: string | null;
  code: string | null;
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
  switch (effect.type) {
    case 'createComplaint': {
      const complaint = await createComplaint(db, {
        customerId: scope.customerId,
        channel: scope.channel,
        fields: { ...effect.fields, description: effect.fields.description ?? '' },
        declined: effect.declined,
        receivedAt: now,
        timeZone: deps.timeZone,
        actor: 'bot',
        sourceMessageId: scope.sourceMessageId ?? undefined,
      });
      scope.code = complaint.code;
      await db.conversation.update({
        where: { id: scope.conversationId },
        data: { complaint: { connect: { code: complaint.code } } },
      });
      deps.bus.emit('deskChange', { code: complaint.code, kind: 'complaint_updated', at: now });
      return { type: 'complaint_created', code: complaint.code };
    }
    case 'updateComplaint':
      if (scope.code) await updateComplaintFields(db, scope.code, effect.fields, effect.declined);
      return null;
    case 'recordDetail':
      if (scope.code) {
        await addComplaintEvent(db, scope.code, { type: 'customer_added_details', at: now, actor: 'customer', note: effect.text });
        deps.bus.emit('deskChange', { code: scope.code, kind: 'complaint_updated', at: now });
      }
      return null;
    case 'acknowledge': {
      const complaint = scope.code ? await findComplaint(db, scope.code) : null;
      if (!complaint) return null;
      const triage = await deps.triage(complaint.fields.description ?? '', now);
      const repeat = (await countEarlierComplaints(db, scope.customerId, new Date(complaint.receivedAt))) > 0;
      const floor: Severity = effect.urgent ? 'critical' : scope.humanRequested || repeat ? 'high' : 'low';
      const severity = maxSeverity(triage.severity, floor);
      const safety = triage.safety || effect.urgent;
      const recorded = await recordAssessment(db, complaint.code, {
        category: triage.category,
        categories: triage.categories,
        assessment: { severity, safety, immediateAction: triage.immediateAction || safety, spilloverRisk: triage.spilloverRisk },
        repeat,
        deadlines: computeDeadlines(deps.sla, severity, new Date(complaint.receivedAt)),
        at: now,
        actor: 'bot',
      });
      deps.bus.emit('deskChange', { code: recorded.code, kind: 'complaint_updated', at: now });
      return {
        type: 'complaint_acknowledged',
        complaint: toView(recorded),
        firstContactHours: deps.sla.firstContactHours[severity],
        resolutionHours: deps.sla.resolutionHours[severity],
        progressHours: deps.sla.progressIntervalHours,
      };
    }
    case 'handOff': {
      if (!scope.code) return null;
      const { complaint, waitingAhead } = await queueComplaint(db, scope.code, {
        queue: effect.queue,
        reason: effect.reason,
        at: now,
        actor: 'bot',
      });
      deps.bus.emit('deskChange', { code: complaint.code, kind: 'complaint_queued', at: now });
      return { type: 'handed_off', complaint: toView(complaint), waitingAhead };
    }
    case 'lookupStatus': {
      // A quoted code counts only if it is this customer's own complaint (保密).
      const owned = effect.code
        ? (await db.complaint.count({ where: { code: effect.code, customerId: scope.customerId } })) > 0
        : false;
      const complaint = effect.code
        ? owned
          ? await findComplaint(db, effect.code)
          : null
        : await findLatestComplaintOfCustomer(db, scope.customerId);
      return { type: 'status_found', complaint: complaint ? toView(complaint) : null, queried: effect.code };
    }
    case 'findPolicyOffer': {
      const complaint = scope.code ? await findComplaint(db, scope.code) : null;
      const offer = complaint ? await deps.policies.findOffer(complaint, now) : null;
      if (offer && complaint) await openBotProposal(db, complaint.code, offer, now);
      return { type: 'policy_offer', offer };
    }
    case 'answerQuestion':
      return { type: 'policy_answer', answer: await deps.policies.answer(effect.question) };
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

/** The dialogue's view of a complaint. */
export function toView(c: ComplaintRecord): ComplaintView {
  const date = (iso: string | null) => (iso ? new Date(iso) : null);
  return {
    code: c.code,
    status: c.status,
    queue: c.queue,
    severity: c.severity,
    spilloverRisk: c.spilloverRisk,
    firstContactDueAt: date(c.firstContactDueAt),
    resolutionDueAt: date(c.resolutionDueAt),
    assigned: c.assignee !== null,
  };
}

function maxSeverity(a: Severity, b: Severity): Severity {
  return severities[Math.max(severities.indexOf(a), severities.indexOf(b))]!;
}

function assertNever(value: never): never {
  throw new Error(`unhandled effect ${JSON.stringify(value)}`);
}
