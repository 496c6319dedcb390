import type { Effect, Understanding } from './events.ts';
import {
  carryOverDraft,
  complaintInput,
  contactOf,
  keepAttachments,
  mergeExtraction,
  sameAnswers,
  scrub,
  toldStory,
} from './intake.ts';
import { say } from './say.ts';
import { askPolicies, isQuestion, misunderstood, onSmallTalk, readScore } from './small-talk.ts';
import { type ConversationState, emptyDraft } from './state.ts';
import { addToStory, isCorrecting, onCollecting } from './take-down.ts';
import { reply, type TransitionContext, type TransitionResult, withReplies } from './transition-result.ts';

/** A complaint registered on "转人工" alone whose story the customer has not told yet. */
export function storyUntold(state: ConversationState): boolean {
  return toldStory(state.draft.fields.description) === '';
}

/**
 * Registered (or waiting for a human): later details go into the complaint's timeline, contact details and explicit
 * corrections update it, "还有一个问题…" opens a second complaint, questions are answered from the policies.
 */
export function onRegistered(state: ConversationState, u: Understanding, ctx: TransitionContext): TransitionResult {
  const seed = state.turn;
  const code = state.complaintCode ?? '';
  const untold = storyUntold(state);
  // "还有个事" from a customer who has not told the first story yet is that story coming, not a second complaint.
  if (u.intents.has('new_issue') && !untold) return onNewIssue(state, u, ctx);
  if (u.intents.has('new_issue') && !u.describes) return reply(state, say('ask_description', {}, seed));
  if (u.intents.has('withdraw') && !u.describes) return onWithdraw(state, u);
  // Once the story is told, later messages add contact details and remedies; they rewrite the rest only to correct.
  const merged = mergeExtraction(state.draft, u.extraction, isCorrecting(u), { registered: !untold, bare: u.bare });
  const draft = u.describes
    ? untold
      ? { ...merged, fields: { ...merged.fields, description: scrub(u.fullText) } }
      : addToStory(merged, u)
    : merged;
  const changed = !sameAnswers(draft, state.draft);
  if (changed || u.describes) {
    const effects: Effect[] = [];
    if (changed) effects.push({ type: 'updateComplaint', ...complaintInput(draft) });
    if (untold && u.describes) effects.push({ type: 'reassess' });
    effects.push({ type: 'recordDetail', text: u.fullText });
    const newContact = contactOf(draft) !== contactOf(state.draft);
    const newlyDeclined = draft.declined.some((field) => !state.draft.declined.includes(field));
    const texts = [
      u.anger >= 2 ? say(`soothe_${u.anger}`, {}, seed) : '',
      newContact
        ? say('contact_noted', { contact: contactOf(draft) ?? '' }, seed)
        : newlyDeclined && !u.describes
          ? say('declined_ok_registered', {}, seed)
          : say('detail_recorded', { code }, seed),
    ];
    return withReplies({ ...state, draft, misunderstandings: 0 }, effects, texts);
  }
  if (isQuestion(u)) return askPolicies(state, u);
  if (u.intents.has('affirm')) return reply({ ...state, misunderstandings: 0 }, say('ack_registered', { code }, seed));
  return onSmallTalk(state, u, ctx, () => lookUpOwnStatus(state)) ?? misunderstood(state);
}

/** Where the conversation's own complaint stands: the status lookup, answered with the phase's reminder after it. */
export function lookUpOwnStatus(state: ConversationState): TransitionResult {
  return { state, effects: [{ type: 'lookupStatus', code: state.complaintCode, phone: null }] };
}

/**
 * An agent holds the chat: the bot says nothing (the agent reads the message in the console), but the complaint still
 * takes what the message adds: contact details, an empty product or date, remedies, photos and files.
 */
export function onMessageToAgent(state: ConversationState, u: Understanding): TransitionResult {
  const draft = mergeExtraction(state.draft, u.extraction, isCorrecting(u), { registered: true, bare: u.bare });
  const kept = keepAttachments({ ...state, draft }, u);
  const update: Effect[] =
    state.complaintCode && !sameAnswers(draft, state.draft)
      ? [{ type: 'updateComplaint', ...complaintInput(draft) }]
      : [];
  return { state: kept.state, effects: [...update, ...kept.effects] };
}

/**
 * "不投诉了": before anything is registered the intake simply stops; a registered complaint is not closed by the bot
 * but noted for the staff, who confirm the withdrawal (outcome `withdrawn`).
 */
export function onWithdraw(state: ConversationState, u: Understanding): TransitionResult {
  const seed = state.turn;
  if (!state.complaintCode) {
    return reply(
      { ...state, phase: 'idle', draft: { ...carryOverDraft(state.draft), lastAsked: [] } },
      say('withdraw_before_registering', {}, seed),
    );
  }
  return withReplies(
    state,
    [{ type: 'recordDetail', text: `顾客表示想撤回投诉：${u.fullText}` }],
    [say('withdraw_noted', { code: state.complaintCode }, seed)],
  );
}

/** "还有一个问题…": a second complaint, taken down from scratch; who the customer is carries over. */
function onNewIssue(state: ConversationState, u: Understanding, ctx: TransitionContext): TransitionResult {
  const fresh: ConversationState = {
    ...state,
    phase: 'collecting',
    complaintCode: null,
    draft: carryOverDraft(state.draft),
    offer: null,
    urgent: false,
    route: null,
    humanRequests: 0,
  };
  if (u.describes) {
    const taken = onCollecting(fresh, u, ctx);
    return withReplies(taken.state, taken.effects, [say('new_issue_taken', {}, state.turn)], 'before');
  }
  return reply({ ...fresh, draft: { ...fresh.draft, lastAsked: ['description'] } }, say('new_issue', {}, state.turn));
}

/** A policy remedy is on the table: yes closes the case, no hands it to a human (guide 六(九)). */
export function onProposing(state: ConversationState, u: Understanding, ctx: TransitionContext): TransitionResult {
  const seed = state.turn;
  const code = state.complaintCode ?? '';
  const draft = mergeExtraction(state.draft, u.extraction, isCorrecting(u), { registered: true, bare: u.bare });
  const newContact = contactOf(draft) !== contactOf(state.draft);
  if (newContact) {
    // "电话写错了，应该是…" while the offer waits is a correction, not an answer to the offer: note it, put it again.
    return withReplies(
      { ...state, draft },
      [
        { type: 'updateComplaint', ...complaintInput(draft) },
        { type: 'recordDetail', text: u.fullText },
      ],
      [
        say('contact_noted', { contact: contactOf(draft) ?? '' }, seed),
        say('offer_repeat', { offer: state.offer?.text ?? '' }, seed),
      ],
    );
  }
  if (u.intents.has('deny') || (u.intents.has('refuse') && !u.intents.has('affirm'))) {
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
  if (isQuestion(u)) return askPolicies(state, u);
  if (u.describes) {
    return withReplies(
      state,
      [{ type: 'recordDetail', text: u.fullText }],
      [say('detail_recorded', { code }, seed), say('offer_repeat', { offer: state.offer?.text ?? '' }, seed)],
    );
  }
  // "你好" days later: where the complaint stands first (the status is followed by the offer reminder).
  if (u.intents.has('greeting')) return lookUpOwnStatus(state);
  const social = onSmallTalk(state, u, ctx, () => lookUpOwnStatus(state));
  if (social) return withReplies(social.state, social.effects, [say('offer_reminder', {}, seed)]);
  return reply(state, say('offer_repeat', { offer: state.offer?.text ?? '' }, seed));
}

/** The case closed and the bot asked for a 1-5 score: a score is recorded; anything else starts afresh. */
export function onSurvey(
  state: ConversationState,
  u: Understanding,
  restart: (fresh: ConversationState) => TransitionResult,
): TransitionResult {
  const score = readScore(u.text);
  const fresh: ConversationState = {
    ...state,
    phase: 'idle',
    complaintCode: null,
    draft: { ...carryOverDraft(state.draft), lastAsked: [] },
    offer: null,
    urgent: false,
    route: null,
    humanRequests: 0,
  };
  if (score === undefined) return restart(fresh);
  const comment = u.text.replace(/^\s*[1-5一二三四五]\s*(分|星)?[，,。.\s]*/, '').trim();
  return withReplies(
    { ...fresh, draft: emptyDraft() },
    [{ type: 'recordSurvey', score, ...(comment ? { comment } : {}) }],
    [say('survey_thanks', {}, state.turn)],
  );
}
