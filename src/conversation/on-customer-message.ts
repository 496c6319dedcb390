import { lookUpOwnStatus, onProposing, onRegistered, onSurvey, storyUntold } from './after-registration.ts';
import { pendingQuestion } from './ask-for.ts';
import type { Effect, Understanding } from './events.ts';
import { carryOverDraft, complaintInput, keepAttachments, mergeExtraction, untoldStories } from './intake.ts';
import { say } from './say.ts';
import { isQuestion, misunderstood, onSmallTalk, registered } from './small-talk.ts';
import type { ConversationState, Draft, Route } from './state.ts';
import { addToStory, onCollecting, onConfirming } from './take-down.ts';
import { reply, type TransitionContext, type TransitionResult, withReplies } from './transition-result.ts';

/**
 * A customer message. Photos and files it carries are kept with the complaint (attached at once when it is registered,
 * else when it is); the text then goes through `onText`.
 */
export function onCustomerMessage(
  previous: ConversationState,
  u: Understanding,
  ctx: TransitionContext,
): TransitionResult {
  if (!u.attachments.length) return onText(previous, u, ctx);
  const { state, effects: attach } = keepAttachments(previous, u);
  const code = previous.complaintCode;
  if (u.empty) {
    const seed = previous.turn + 1;
    return withReplies({ ...state, turn: seed }, attach, [
      code ? say('files_attached', { code }, seed) : say('files_kept', {}, seed),
    ]);
  }
  const result = onText(state, u, ctx);
  return { ...result, effects: [...attach, ...result.effects] };
}

/** What the customer wrote: fast paths first (human, safety, spill-over, status), then what the phase expects. */
function onText(previous: ConversationState, u: Understanding, ctx: TransitionContext): TransitionResult {
  // A pending "which phone did you file it with?" holds for the very next message only.
  const state: ConversationState = {
    ...previous,
    turn: previous.turn + 1,
    anger: u.anger,
    pendingStatusCode: u.extraction.fields.phone ? previous.pendingStatusCode : null,
  };
  const seed = state.turn;
  if (u.empty) {
    const pending = state.phase === 'collecting' && state.draft.lastAsked.length > 0;
    return reply(
      state,
      pending
        ? say('empty_with_question', { question: pendingQuestion(state.draft, seed) }, seed)
        : say('empty_message', {}, seed),
    );
  }
  if (state.phase === 'survey')
    return onSurvey(state, u, (fresh) => onCustomerMessage({ ...fresh, turn: previous.turn }, u, ctx));

  // "让人工明天打我电话 156…": a contact for a registered complaint is filed before anything else is answered.
  const ownComplaint = state.phase === 'registered' || state.phase === 'handed_off';
  if (ownComplaint && bringsContact(u) && !u.code && (u.intents.has('ask_human') || u.intents.has('ask_status'))) {
    return onRegistered(state, u, ctx);
  }
  if (u.intents.has('ask_human')) return onHumanRequest(state, u);
  if (u.safety.length > 0 && !state.urgent) return onUrgent(state, u, { queue: 'specialist', reason: 'safety' });
  // Quoting a complaint code asks about that complaint, however upset ("TS-… 怎么还没人联系我"): it is looked up below.
  const quotesOther = u.code !== undefined && u.code !== state.complaintCode;
  if (u.spillover && !quotesOther && !state.urgent && state.route?.queue !== 'specialist') {
    return onUrgent(state, u, { queue: 'specialist', reason: 'spillover_risk' });
  }
  const phone = u.extraction.fields.phone ?? state.draft.fields.phone ?? null;
  if (state.pendingStatusCode && u.extraction.fields.phone) {
    return {
      state: { ...state, pendingStatusCode: null },
      effects: [{ type: 'lookupStatus', code: state.pendingStatusCode, phone }],
    };
  }
  if (wantsStatus(state, u)) {
    if (state.phase === 'confirming') return { state, effects: [{ type: 'acknowledge', urgent: state.urgent }] };
    return { state, effects: [{ type: 'lookupStatus', code: u.code ?? null, phone }] };
  }
  if (u.latin && !u.describes) return reply(state, say('latin', {}, seed));
  if (u.latin && !registered(state))
    return registerForHuman(state, u, { queue: 'frontline', reason: 'low_confidence' }, [
      say('latin_registered', {}, seed),
    ]);

  switch (state.phase) {
    case 'idle':
      return onIdle(state, u, ctx);
    case 'collecting':
      return onCollecting(state, u, ctx);
    case 'confirming':
      return onConfirming(state, u, ctx);
    case 'proposing':
      return onProposing(state, u, ctx);
    case 'registered':
    case 'handed_off':
      return onRegistered(state, u, ctx);
  }
}

function onIdle(state: ConversationState, u: Understanding, ctx: TransitionContext): TransitionResult {
  if (isQuestion(u)) return { state, effects: [{ type: 'answerQuestion', question: u.text }] };
  // A date alone ("今天天气不错") starts nothing; a purchase date or any other complaint field does.
  const { occurredOn, ...others } = u.extraction.fields;
  const purchase = occurredOn !== undefined && /买|下单|收到|送|订/.test(u.text);
  // "我的快递到哪了" names a product but asks where the parcel is: small talk says where to look.
  const tracking = u.intents.has('ask_delivery') && !u.describes;
  // "想夸一下你们的安装师傅" names a service in praise: thanks, not a complaint.
  const praise = u.intents.has('thanks') && !u.intents.has('complain');
  const startsComplaint =
    !tracking &&
    (u.describes ||
      u.intents.has('complain') ||
      u.intents.has('new_issue') ||
      (!praise && (Object.keys(others).length > 0 || purchase)));
  if (startsComplaint) {
    return onCollecting({ ...state, phase: 'collecting', complaintCode: null, draft: idleDraftCarried(state) }, u, ctx);
  }
  const askStory = () => reply(state, say('ask_description', {}, state.turn));
  return onSmallTalk(state, u, ctx, askStory) ?? misunderstood(state);
}

const bringsContact = (u: Understanding) =>
  Boolean(u.extraction.fields.phone ?? u.extraction.fields.email ?? u.extraction.fields.wechat);

/** "我的投诉到哪一步了", or a quoted code; not when the same message tells a new story that must be taken down. */
function wantsStatus(state: ConversationState, u: Understanding): boolean {
  if (!u.intents.has('ask_status') && !u.code) return false;
  if (u.intents.has('new_issue') && u.describes) return false;
  // "我投诉的事情怎么样了 都一个星期了没人联系我": impatience about an earlier complaint is not a new story.
  if (u.intents.has('refers_back')) return true;
  const takingDown = state.phase === 'idle' || state.phase === 'collecting';
  return !(takingDown && u.describes && !u.code);
}

/** Asked for a human: hand off now, registering the complaint first if there is none yet. */
function onHumanRequest(state0: ConversationState, u: Understanding): TransitionResult {
  const state = { ...state0, humanRequests: state0.humanRequests + 1 };
  if (state.phase === 'handed_off') return lookUpOwnStatus(state);
  if (state.phase === 'registered' || state.phase === 'proposing') {
    const effects: Effect[] = [{ type: 'handOff', queue: 'frontline', reason: 'customer_asked' }];
    if (u.describes) effects.unshift({ type: 'recordDetail', text: u.fullText });
    return { state: { ...state, offer: null }, effects };
  }
  return registerForHuman(state, u, { queue: 'frontline', reason: 'customer_asked' }, []);
}

/**
 * Safety (SPEC §4 critical) or spill-over risk: safety advice first where there is danger, register at once with
 * whatever is known, and straight to a specialist; only the contact is asked for afterwards.
 */
function onUrgent(state0: ConversationState, u: Understanding, route: Route): TransitionResult {
  const safety = route.reason === 'safety';
  const state = { ...state0, urgent: state0.urgent || safety, route, offer: null };
  const seed = state.turn;
  const first = safety ? say(`safety_advice_${u.safety[0]!}`, {}, seed) : say('soothe_spillover', {}, seed);
  if (registered(state)) {
    const untold = storyUntold(state);
    const draft = addToStory(
      mergeExtraction(state.draft, u.extraction, false, { registered: !untold, bare: u.bare }),
      u,
    );
    return withReplies(
      { ...state, draft, phase: 'handed_off' },
      [
        { type: 'updateComplaint', ...complaintInput(draft) },
        ...(untold ? [{ type: 'reassess' } as const] : []),
        { type: 'recordDetail', text: u.fullText },
        { type: 'raiseRisk', safety, spilloverRisk: !safety || u.spillover },
        { type: 'handOff', queue: route.queue, reason: route.reason },
      ],
      [first],
      'before',
    );
  }
  return registerForHuman(state, u, route, [first]);
}

/** Registers (or completes) the complaint with what is known and acknowledges it, so it goes to `route` at once. */
function registerForHuman(
  state: ConversationState,
  u: Understanding,
  route: Route,
  before: string[],
): TransitionResult {
  const base = state.phase === 'idle' ? idleDraftCarried(state) : state.draft;
  const merged = mergeExtraction(base, u.extraction, false);
  const draft = u.describes ? addToStory(merged, u) : merged;
  const effects: Effect[] = [
    state.complaintCode
      ? { type: 'updateComplaint', ...complaintInput(draft, untoldStories.humanAsked) }
      : { type: 'createComplaint', ...complaintInput(draft, untoldStories.humanAsked) },
    { type: 'acknowledge', urgent: state.urgent },
  ];
  const next: ConversationState = {
    ...state,
    phase: 'collecting',
    draft,
    route: state.route?.queue === 'specialist' ? state.route : route,
  };
  return withReplies(next, effects, before, 'before');
}

/** A new intake from idle keeps who the customer is and the photos they sent before telling the story. */
function idleDraftCarried(state: ConversationState): Draft {
  return { ...carryOverDraft(state.draft), attachments: state.draft.attachments };
}
