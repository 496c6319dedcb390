import type { Effect, Understanding } from './events.ts';
import { mergeExtraction, nextQuestions, sameAnswers } from './intake.ts';
import { askFor } from './ask-for.ts';
import { readBareAnswer } from './read-bare-answer.ts';
import { say } from './say.ts';
import { type ConversationState, emptyDraft } from './state.ts';
import { summarizeDraft } from './summarize-draft.ts';
import { reply, type TransitionContext, type TransitionResult } from './transition.ts';

const placeholderDescription = '（顾客要求人工服务，尚未描述问题）';

/** A customer message: fast paths first (human, safety, status), then what the current phase expects. */
export function onCustomerMessage(
  previous: ConversationState,
  u: Understanding,
  ctx: TransitionContext,
): TransitionResult {
  const state: ConversationState = { ...previous, turn: previous.turn + 1, anger: u.anger };
  const seed = state.turn;
  if (u.empty) return reply(state, say('empty_message', {}, seed));
  if (u.latin && !u.substantive) return reply(state, say('latin', {}, seed));

  if (state.phase === 'survey') {
    const score = readScore(u.text);
    if (score !== undefined) {
      return {
        state: { ...state, phase: 'idle', complaintCode: null, draft: emptyDraft() },
        effects: [{ type: 'recordSurvey', score }, { type: 'reply', text: say('survey_thanks', {}, seed) }],
      };
    }
    return onCustomerMessage({ ...previous, phase: 'idle', complaintCode: null, draft: emptyDraft() }, u, ctx);
  }

  if (u.intents.has('ask_human')) return onHumanRequest(state, u);
  if (u.safety.length > 0 && !state.urgent) return onSafety(state, u);
  if ((u.intents.has('ask_status') || u.code) && !isNewComplaint(state, u)) {
    return { state, effects: [{ type: 'lookupStatus', code: u.code ?? state.complaintCode }] };
  }

  switch (state.phase) {
    case 'idle':
      return onIdle(state, u);
    case 'collecting':
      return onCollecting(state, u);
    case 'confirming':
      return onConfirming(state, u);
    case 'proposing':
      return onProposing(state, u);
    case 'registered':
    case 'handed_off':
      return onRegistered(state, u);
  }
}

function onIdle(state: ConversationState, u: Understanding): TransitionResult {
  const seed = state.turn;
  if (isQuestion(u)) return { state, effects: [{ type: 'answerQuestion', question: u.text }] };
  if (u.substantive || u.intents.has('complain')) {
    return onCollecting({ ...state, phase: 'collecting', complaintCode: null, draft: emptyDraft() }, u);
  }
  if (u.intents.has('thanks')) return reply(state, say('thanks_reply', {}, seed));
  if (u.intents.has('goodbye')) return reply(state, say('goodbye', {}, seed));
  if (u.intents.has('greeting')) return reply(state, say('ask_description', {}, seed));
  return misunderstood(state);
}

function onCollecting(state: ConversationState, u: Understanding): TransitionResult {
  const seed = state.turn;
  const correcting = u.intents.has('deny');
  let draft = readBareAnswer(mergeExtraction(state.draft, u.extraction, correcting), u);
  const effects: Effect[] = [];
  const texts: string[] = [];

  const hadDescription = Boolean(draft.fields.description);
  if (u.substantive && !hadDescription) {
    draft = { ...draft, fields: { ...draft.fields, description: u.text } };
  } else if (u.substantive && hadDescription && !correcting && addsNarrative(u)) {
    draft = { ...draft, fields: { ...draft.fields, description: `${draft.fields.description}；${u.text}` } };
  }

  if (!state.complaintCode && draft.fields.description) {
    effects.push({ type: 'createComplaint', ...complaintInput(draft) });
    texts.push(say(`soothe_${u.anger}`, {}, seed));
  } else if (state.complaintCode && !sameAnswers(draft, state.draft)) {
    effects.push({ type: 'updateComplaint', ...complaintInput(draft) });
    if (u.anger >= 2) texts.push(say(`soothe_${u.anger}`, {}, seed));
  }
  if (u.extraction.declined.length > 0) texts.push(say('declined_ok', {}, seed));

  const questions = nextQuestions(draft, state.channelIsContact);
  if (questions.length === 0 && draft.fields.description) {
    texts.push(say('confirm', { summary: summarizeDraft(draft, state.channelIsContact) }, seed));
    return withReplies({ ...state, phase: 'confirming', draft: { ...draft, lastAsked: [] } }, effects, texts);
  }
  const asked = askFor(draft, questions, seed);
  texts.push(asked.text);
  return withReplies({ ...state, phase: 'collecting', draft: asked.draft }, effects, texts);
}

function onConfirming(state: ConversationState, u: Understanding): TransitionResult {
  const seed = state.turn;
  if (u.intents.has('affirm') && !u.intents.has('deny')) {
    return { state, effects: [{ type: 'acknowledge', urgent: state.urgent }] };
  }
  const draft = readBareAnswer(mergeExtraction(state.draft, u.extraction, true), u);
  const unchanged = sameAnswers(draft, state.draft);
  if (unchanged && !u.substantive) return reply(state, say('what_to_fix', {}, seed));
  const corrected =
    unchanged && u.substantive
      ? { ...draft, fields: { ...draft.fields, description: `${draft.fields.description}；${u.text}` } }
      : draft;
  return withReplies(
    { ...state, draft: corrected },
    [{ type: 'updateComplaint', ...complaintInput(corrected) }],
    [say('confirm_again', { summary: summarizeDraft(corrected, state.channelIsContact) }, seed)],
  );
}

function onProposing(state: ConversationState, u: Understanding): TransitionResult {
  const seed = state.turn;
  const code = state.complaintCode ?? '';
  if (u.intents.has('deny')) {
    return withReplies(
      { ...state, phase: 'handed_off', offer: null },
      [
        { type: 'respondToOffer', accepted: false },
        { type: 'handOff', queue: 'frontline', reason: 'proposal_refused' },
      ],
      [say('offer_refused', { code }, seed)],
      'before',
    );
  }
  if (u.intents.has('affirm')) {
    return withReplies(
      { ...state, phase: 'survey', offer: null },
      [{ type: 'respondToOffer', accepted: true }],
      [say('offer_accepted', { code }, seed)],
    );
  }
  return reply(state, say('offer_repeat', { offer: state.offer?.text ?? '' }, seed));
}

function onRegistered(state: ConversationState, u: Understanding): TransitionResult {
  const seed = state.turn;
  const code = state.complaintCode ?? '';
  if (u.intents.has('new_issue')) {
    return reply({ ...state, phase: 'collecting', complaintCode: null, draft: emptyDraft(), urgent: false }, say('new_issue', {}, seed));
  }
  if (u.intents.has('withdraw')) {
    return withReplies(state, [{ type: 'recordDetail', text: `顾客表示想撤回投诉：${u.text}` }], [say('withdraw_noted', { code }, seed)]);
  }
  const draft = mergeExtraction(state.draft, u.extraction, u.intents.has('deny'));
  if (u.substantive || !sameAnswers(draft, state.draft)) {
    const described = !draft.fields.description && u.substantive
      ? { ...draft, fields: { ...draft.fields, description: u.text } }
      : draft;
    return withReplies(
      { ...state, draft: described },
      [
        { type: 'updateComplaint', ...complaintInput(described) },
        { type: 'recordDetail', text: u.text },
      ],
      [say('detail_recorded', { code }, seed)],
    );
  }
  if (u.intents.has('thanks')) return reply(state, say('thanks_reply', {}, seed));
  if (u.intents.has('goodbye')) return reply(state, say('goodbye', {}, seed));
  if (u.intents.has('greeting')) return { state, effects: [{ type: 'lookupStatus', code: state.complaintCode }] };
  if (isQuestion(u)) return { state, effects: [{ type: 'answerQuestion', question: u.text }] };
  return misunderstood(state);
}

/** Asked for a human: hand off now, registering the complaint first if there is none yet. */
function onHumanRequest(state0: ConversationState, u: Understanding): TransitionResult {
  const state = { ...state0, humanRequests: state0.humanRequests + 1 };
  const draft = describeFrom(mergeExtraction(state.draft, u.extraction, false), u);
  if (state.phase === 'handed_off') return { state, effects: [{ type: 'lookupStatus', code: state.complaintCode }] };
  if (state.phase === 'registered' || state.phase === 'proposing') {
    return {
      state: { ...state, offer: null },
      effects: [{ type: 'handOff', queue: 'frontline', reason: 'customer_asked' }],
    };
  }
  const effects: Effect[] = state.complaintCode
    ? [{ type: 'updateComplaint', ...complaintInput(draft) }]
    : [{ type: 'createComplaint', ...complaintInput(draft) }];
  effects.push({ type: 'acknowledge', urgent: state.urgent });
  return { state: { ...state, phase: 'collecting', draft }, effects };
}

/** A danger reported: safety advice at once, register, and straight to a specialist (SPEC §4 critical). */
function onSafety(state0: ConversationState, u: Understanding): TransitionResult {
  const state = { ...state0, urgent: true };
  const seed = state.turn;
  const merged = mergeExtraction(state.draft, u.extraction, false);
  const description = merged.fields.description ? `${merged.fields.description}；${u.text}` : u.text;
  const draft = { ...merged, fields: { ...merged.fields, description } };
  const advice = say(`safety_advice_${u.safety[0]!}`, {}, seed);
  const registered = state.phase === 'registered' || state.phase === 'handed_off' || state.phase === 'proposing';
  const effects: Effect[] = [{ type: 'reply', text: advice }];
  if (!state.complaintCode) effects.push({ type: 'createComplaint', ...complaintInput(draft) });
  else effects.push({ type: 'updateComplaint', ...complaintInput(draft) });
  if (registered) {
    effects.push({ type: 'recordDetail', text: u.text }, { type: 'handOff', queue: 'specialist', reason: 'safety' });
  } else {
    effects.push({ type: 'acknowledge', urgent: true });
  }
  return { state: { ...state, draft, offer: null }, effects };
}

function misunderstood(state: ConversationState): TransitionResult {
  const next = { ...state, misunderstandings: state.misunderstandings + 1 };
  return reply(next, say(next.misunderstandings >= 2 ? 'misunderstood_offer_human' : 'misunderstood', {}, state.turn));
}

/** A question about the rules rather than a grievance: answered from the knowledge base. */
function isQuestion(u: Understanding): boolean {
  return (
    u.intents.has('question') &&
    !u.intents.has('complain') &&
    u.anger === 0 &&
    !u.spillover &&
    u.safety.length === 0 &&
    u.extraction.fields.remedyRequested === undefined
  );
}

/** While a complaint is open, "还有个问题…" starts a new one instead of a status lookup. */
function isNewComplaint(state: ConversationState, u: Understanding): boolean {
  return u.intents.has('new_issue') && state.phase !== 'idle';
}

/** Long enough, beyond the fields it carried, to be more of the story rather than an answer to a question. */
function addsNarrative(u: Understanding): boolean {
  const fieldCount = Object.keys(u.extraction.fields).length;
  return fieldCount === 0 ? u.text.length >= 12 : u.text.length >= 30;
}

function describeFrom(draft: ConversationState['draft'], u: Understanding) {
  if (draft.fields.description || !u.substantive) return draft;
  return { ...draft, fields: { ...draft.fields, description: u.text } };
}

function complaintInput(draft: ConversationState['draft']) {
  return {
    fields: { ...draft.fields, description: draft.fields.description ?? placeholderDescription },
    declined: draft.declined,
    orderNumberUnknown: draft.orderNumberUnknown,
  };
}

function readScore(text: string): number | undefined {
  const m = text.normalize('NFKC').match(/^\s*([1-5])\s*(分|星)?/) ?? text.match(/([一二三四五])\s*(分|星)/);
  if (!m) return undefined;
  const digit = '一二三四五'.indexOf(m[1]!);
  return digit >= 0 ? digit + 1 : Number(m[1]);
}

/** Effects plus replies; replies go after the effects unless `order` puts them first. */
function withReplies(
  state: ConversationState,
  effects: Effect[],
  texts: string[],
  order: 'before' | 'after' = 'after',
): TransitionResult {
  const replies: Effect[] = texts.filter(Boolean).map((text) => ({ type: 'reply', text }));
  return { state, effects: order === 'before' ? [...replies, ...effects] : [...effects, ...replies] };
}
