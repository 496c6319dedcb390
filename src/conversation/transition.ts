import { queueLabels } from '../complaint/lifecycle.ts';
import { onMessageToAgent } from './after-registration.ts';
import { reAsk } from './ask-for.ts';
import { describeStatus, statusLines } from './describe-status.ts';
import type { ComplaintView, ConversationEvent, Effect } from './events.ts';
import { formatDue, formatHours, formatInterval } from './format-due.ts';
import { hasContact, markAsked, toldStory } from './intake.ts';
import { onCustomerMessage } from './on-customer-message.ts';
import { say } from './say.ts';
import { type ConversationState, emptyDraft } from './state.ts';
import { noteRequest } from './take-down.ts';
import { reply, type TransitionContext, type TransitionResult } from './transition-result.ts';

export { describeStatus, reply, type TransitionContext, type TransitionResult };

/**
 * The dialogue as a pure function: (state, event) → (state, effects). No I/O and no clock but `ctx.now`;
 * run-turn executes the effects and feeds their results back as events.
 */
export function transition(
  state: ConversationState,
  event: ConversationEvent,
  ctx: TransitionContext,
): TransitionResult {
  const seed = state.turn;
  switch (event.type) {
    case 'session_started':
      return event.returning && event.returning.status !== 'closed'
        ? reply(
            state,
            say('welcome_back', { code: event.returning.code, ...describeStatus(event.returning, ctx) }, seed),
          )
        : reply(state, say('greeting', { shop: ctx.shopName }, seed));

    case 'customer_message':
      return onCustomerMessage(state, event.understanding, ctx);

    case 'message_to_agent':
      return onMessageToAgent(state, event.understanding);

    case 'customer_went_quiet':
      return onWentQuiet(state);

    case 'complaint_created':
      return { state: { ...state, complaintCode: event.code }, effects: [] };

    case 'complaint_acknowledged': {
      const c = event.complaint;
      const next = { ...state, phase: 'registered' as const, complaintCode: c.code, misunderstandings: 0 };
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
      const repeatNote: Effect[] = event.repeat ? [{ type: 'reply', text: say('repeat_noted', {}, seed) }] : [];
      return { state: next, effects: [{ type: 'reply', text }, ...repeatNote, route] };
    }

    case 'policy_offer':
      if (!event.offer) {
        return { state, effects: [{ type: 'handOff', queue: 'frontline', reason: 'needs_human_decision' }] };
      }
      return reply(
        { ...state, phase: 'proposing', offer: event.offer },
        say('offer', { policy: event.offer.policyTitle, offer: event.offer.text }, seed),
      );

    case 'handed_off':
      return onHandedOff(state, event, ctx);

    case 'status_found': {
      const [first] = event.complaints;
      if (!first) return reply(state, say('status_none', {}, seed));
      // A complaint proven by its phone becomes this conversation's, with its story, unless the conversation is on
      // another one.
      const adopt = event.adopted !== null && !state.complaintCode;
      const adopted = adopt
        ? {
            ...state,
            complaintCode: first.code,
            phase: first.queue ? ('handed_off' as const) : ('registered' as const),
            draft: { ...emptyDraft(), fields: { ...event.adopted } },
          }
        : state;
      return reply(
        adopted,
        statusLines(event.complaints, ctx, seed),
        adopt ? say('status_linked', {}, seed) : '',
        afterAside(state),
      );
    }

    case 'status_unavailable': {
      const code = event.queried ?? '';
      if (event.reason === 'needs_phone') {
        return reply({ ...state, pendingStatusCode: code }, say('status_needs_phone', { code }, seed));
      }
      const key =
        event.reason === 'not_found'
          ? 'status_not_found'
          : event.reason === 'phone_mismatch'
            ? 'status_phone_mismatch'
            : 'status_none';
      return reply(state, say(key, { code }, seed), afterAside(state));
    }

    case 'policy_answer':
      if (!event.answer && event.request) return noteRequest(state, event.request, afterAside(state));
      return reply(
        state,
        event.answer ? say('policy_answer', { answer: event.answer.text }, seed) : say('policy_unknown', {}, seed),
        afterAside(state),
      );

    default:
      return assertNever(event);
  }
}

/**
 * The customer walked away mid-intake: every complaint is acknowledged (guide 六(四)), so it is registered with what is
 * known and a human follows it up, since nobody is there to answer a policy offer.
 */
function onWentQuiet(state: ConversationState): TransitionResult {
  if (!state.complaintCode || (state.phase !== 'collecting' && state.phase !== 'confirming')) {
    return { state, effects: [] };
  }
  return {
    state: { ...state, route: state.route ?? { queue: 'frontline', reason: 'intake_unfinished' } },
    effects: [
      { type: 'reply', text: say('went_quiet', {}, state.turn) },
      { type: 'acknowledge', urgent: state.urgent },
    ],
  };
}

/** Queue position or time, then what is still needed: a way to reach the customer, and the story if untold. */
function onHandedOff(
  state: ConversationState,
  event: Extract<ConversationEvent, { type: 'handed_off' }>,
  ctx: TransitionContext,
): TransitionResult {
  const { complaint: c, waitingAhead } = event;
  const seed = state.turn;
  const eta = c.firstContactDueAt ? formatDue(c.firstContactDueAt, ctx.now, ctx.timeZone) : '尽快';
  const queueName = queueLabels[c.queue ?? 'frontline'];
  const texts = [
    event.reason === 'needs_human_decision' ? say('needs_human_decision', {}, seed) : '',
    state.urgent
      ? say('safety_handed_off', { code: c.code, eta }, seed)
      : waitingAhead === 0
        ? say('handed_off_first', { queueName, eta }, seed)
        : say('handed_off', { queueName, ahead: waitingAhead, eta }, seed),
  ];
  let draft = state.draft;
  const reachable = hasContact(draft, state.channelIsContact);
  const contactDeclined = draft.declined.includes('phone') && draft.declined.includes('email');
  if (!reachable && !contactDeclined && (draft.asked.contact ?? 0) < 1) {
    texts.push(say(state.urgent ? 'ask_contact_safety' : 'ask_contact', {}, seed));
    draft = markAsked(draft, ['contact']);
  }
  const untold = toldStory(draft.fields.description) === '';
  if (untold) texts.push(say('human_while_waiting', {}, seed));
  return reply({ ...state, phase: 'handed_off', draft }, ...texts);
}

/** After answering something in between: back to the question or summary the customer still owes an answer to. */
function afterAside(state: ConversationState): string {
  if (state.phase === 'collecting') return reAsk(state.draft, state.turn);
  if (state.phase === 'confirming') return say('confirm_reminder', {}, state.turn);
  if (state.phase === 'proposing') return say('offer_reminder', {}, state.turn);
  return '';
}

/** Safety goes to a specialist at once; spill-over risk to a specialist; a fast path's route; else policy first. */
function routeToHuman(state: ConversationState, c: ComplaintView): Extract<Effect, { type: 'handOff' }> | null {
  if (c.severity === 'critical' || state.urgent) return { type: 'handOff', queue: 'specialist', reason: 'safety' };
  if (c.spilloverRisk) return { type: 'handOff', queue: 'specialist', reason: 'spillover_risk' };
  if (state.route) return { type: 'handOff', ...state.route };
  if (state.humanRequests > 0) return { type: 'handOff', queue: 'frontline', reason: 'customer_asked' };
  return null;
}

function assertNever(value: never): never {
  throw new Error(`unhandled conversation event ${JSON.stringify(value)}`);
}
