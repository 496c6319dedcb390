import { queueLabels } from '../complaint/lifecycle.ts';
import type { ComplaintView, ConversationEvent, Effect } from './events.ts';
import { formatDue, formatHours, formatInterval } from './format-due.ts';
import { onCustomerMessage } from './on-customer-message.ts';
import { say } from './say.ts';
import type { ConversationState } from './state.ts';

/** What the transition needs besides the state and the event: the clock and how the shop presents itself. */
export interface TransitionContext {
  now: Date;
  timeZone: string;
  shopName: string;
}

export interface TransitionResult {
  state: ConversationState;
  effects: Effect[];
}

/**
 * The dialogue as a pure function: (state, event) → (state, effects). No I/O and no clock but `ctx.now`;
 * run-turn executes the effects and feeds their results back as events.
 */
export function transition(state: ConversationState, event: ConversationEvent, ctx: TransitionContext): TransitionResult {
  const seed = state.turn;
  switch (event.type) {
    case 'session_started':
      return event.returning && event.returning.status !== 'closed'
        ? reply(state, say('welcome_back', { code: event.returning.code, ...describeStatus(event.returning, ctx) }, seed))
        : reply(state, say('greeting', { shop: ctx.shopName }, seed));

    case 'customer_message':
      return onCustomerMessage(state, event.understanding, ctx);

    case 'complaint_created':
      return { state: { ...state, complaintCode: event.code }, effects: [] };

    case 'complaint_acknowledged': {
      const c = event.complaint;
      const next = { ...state, phase: 'registered' as const, complaintCode: c.code };
      const toHuman = routeToHuman(next, c);
      const text = say(
        'acknowledged',
        {
          code: c.code,
          nextStep: toHuman
            ? say('next_step_human', { queueName: queueLabels[toHuman.queue] }, seed)
            : say('next_step_policy', {}, seed),
          firstContact: formatHours(event.firstContactHours),
          resolution: formatHours(event.resolutionHours),
          progress: formatInterval(event.progressHours),
        },
        seed,
      );
      const route: Effect = toHuman ?? { type: 'findPolicyOffer' };
      return { state: next, effects: [{ type: 'reply', text }, route] };
    }

    case 'policy_offer':
      if (!event.offer) {
        return { state, effects: [{ type: 'handOff', queue: 'frontline', reason: 'needs_human_decision' }] };
      }
      return reply(
        { ...state, phase: 'proposing', offer: event.offer },
        say('offer', { policy: event.offer.policyTitle, offer: event.offer.text }, seed),
      );

    case 'handed_off': {
      const c = event.complaint;
      const next = { ...state, phase: 'handed_off' as const };
      const eta = c.firstContactDueAt ? formatDue(c.firstContactDueAt, ctx.now, ctx.timeZone) : '尽快';
      const texts: string[] = [];
      if (state.urgent) {
        texts.push(say('safety_handed_off', { code: c.code, eta }, seed));
        if (!state.channelIsContact && !state.draft.fields.phone && !state.draft.declined.includes('phone')) {
          texts.push(say('ask_contact_safety', {}, seed));
        }
      } else {
        const queueName = queueLabels[c.queue ?? 'frontline'];
        texts.push(
          event.waitingAhead === 0
            ? say('handed_off_first', { queueName, eta }, seed)
            : say('handed_off', { queueName, ahead: event.waitingAhead, eta }, seed),
        );
        if (!state.draft.fields.description) texts.push(say('human_while_waiting', {}, seed));
      }
      return { state: next, effects: texts.map((text) => ({ type: 'reply', text })) };
    }

    case 'status_found': {
      if (!event.complaint) {
        return reply(
          state,
          event.queried ? say('status_not_found', { code: event.queried }, seed) : say('status_none', {}, seed),
        );
      }
      return reply(state, say('status', { code: event.complaint.code, ...describeStatus(event.complaint, ctx) }, seed));
    }

    case 'policy_answer':
      return reply(
        state,
        event.answer ? say('policy_answer', { answer: event.answer.text }, seed) : say('policy_unknown', {}, seed),
      );

    default:
      return assertNever(event);
  }
}

/** Safety goes to a specialist at once; spill-over risk to a specialist; a customer who asked gets a human. */
function routeToHuman(state: ConversationState, c: ComplaintView): Extract<Effect, { type: 'handOff' }> | null {
  if (c.severity === 'critical' || state.urgent) return { type: 'handOff', queue: 'specialist', reason: 'safety' };
  if (c.spilloverRisk) return { type: 'handOff', queue: 'specialist', reason: 'spillover_risk' };
  if (state.humanRequests > 0) return { type: 'handOff', queue: 'frontline', reason: 'customer_asked' };
  return null;
}

/** Status, queue and next deadline as sentence parts for the status and welcome-back replies. */
export function describeStatus(c: ComplaintView, ctx: TransitionContext): Record<string, string> {
  const queueNote = c.assigned
    ? say('assigned_note')
    : c.queue && c.status !== 'closed'
      ? say('queue_note', { queueName: queueLabels[c.queue] }, ctx.now.getTime())
      : '';
  const pendingFirstContact = !c.assigned && c.firstContactDueAt && c.firstContactDueAt > ctx.now;
  const deadlineNote =
    c.status === 'closed'
      ? ''
      : pendingFirstContact
        ? say('deadline_note', { due: formatDue(c.firstContactDueAt!, ctx.now, ctx.timeZone) })
        : c.resolutionDueAt
          ? say('resolution_note', { due: formatDue(c.resolutionDueAt, ctx.now, ctx.timeZone) })
          : '';
  return { status: `“${statusLabelsForCustomer[c.status]}”`, queueNote, deadlineNote };
}

const statusLabelsForCustomer: Record<ComplaintView['status'], string> = {
  received: '已受理',
  acknowledged: '已受理，等待评估',
  assessed: '已评估，等待处理',
  investigating: '处理中',
  proposed: '方案待您确认',
  closed: '已处理结束',
};

/** A result that only says something. */
export function reply(state: ConversationState, text: string): TransitionResult {
  return { state, effects: [{ type: 'reply', text }] };
}

function assertNever(value: never): never {
  throw new Error(`unhandled conversation event ${JSON.stringify(value)}`);
}
