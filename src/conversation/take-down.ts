import { onWithdraw } from './after-registration.ts';
import { askFor, pendingQuestion, reAsk } from './ask-for.ts';
import type { Effect, Understanding } from './events.ts';
import { complaintInput, contactOf, mergeExtraction, nextQuestions, sameAnswers, scrub } from './intake.ts';
import { readBareAnswer } from './read-bare-answer.ts';
import { say } from './say.ts';
import { askPolicies, isQuestion, isVenting, misunderstood, onSmallTalk } from './small-talk.ts';
import type { ConversationState, Draft } from './state.ts';
import { summarizeDraft } from './summarize-draft.ts';
import { reply, type TransitionContext, type TransitionResult, withReplies } from './transition-result.ts';

/** After this many requests for the story without one, a human takes over rather than the bot asking again. */
const maxDescriptionAsks = 3;

/** The customer corrects something they said ("不对，电话是…", "是上周五不是周四"). */
export function isCorrecting(u: Understanding): boolean {
  return u.intents.has('correct') || u.intents.has('deny');
}

/** Adds a message to the story: the first describing message is the description, later ones are appended. */
export function addToStory(draft: Draft, u: Understanding): Draft {
  return appendToStory(draft, u.fullText);
}

/** The story with `text` added, unless it is already in it. */
export function appendToStory(draft: Draft, text: string): Draft {
  const before = draft.fields.description;
  const told = scrub(text)!;
  if (before?.includes(told)) return draft;
  return { ...draft, fields: { ...draft.fields, description: before ? `${before}；${told}` : told } };
}

/**
 * 受理 in pieces: every message adds what it carries (several fields at once, in any order, corrections and refusals
 * included); the complaint is created as soon as there is a story, then the bot asks only for what is missing, one or
 * two questions at a time, and shows a summary to confirm when nothing is.
 */
export function onCollecting(state: ConversationState, u: Understanding, ctx: TransitionContext): TransitionResult {
  const seed = state.turn;
  if (u.intents.has('withdraw') && !u.describes) return onWithdraw(state, u);
  const merged = readBareAnswer(mergeExtraction(state.draft, u.extraction, isCorrecting(u)), u);
  const draft = u.describes ? addToStory(merged, u) : merged;
  const changed = !sameAnswers(draft, state.draft);
  if (!changed && isQuestion(u)) return askPolicies(state, u);
  if (!changed) {
    const social = onSmallTalk(state, u, ctx, () => withReplies(state, [], []));
    // Venting before the story is told already asks for it.
    const asksStory = isVenting(u) && !state.draft.fields.description;
    if (social) return asksStory ? social : appendReAsk(social, state);
  }

  const effects: Effect[] = [];
  const texts: string[] = [];
  if (u.truncated) texts.push(say('too_long', {}, seed));
  if (!state.complaintCode && draft.fields.description) {
    effects.push({ type: 'createComplaint', ...complaintInput(draft) });
    texts.push(say(`soothe_${u.anger}`, {}, seed));
  } else if (state.complaintCode && changed) {
    effects.push({ type: 'updateComplaint', ...complaintInput(draft) });
    if (u.anger >= 2) texts.push(say(`soothe_${u.anger}`, {}, seed));
  }
  const otherContact = contactOf(draft) !== contactOf(state.draft) ? contactOf(draft) : undefined;
  // "电话不方便给，加我微信 lily_2008": the refusal is answered by the way they did give.
  if (draft.declined.length > state.draft.declined.length) {
    texts.push(otherContact ? say('contact_noted', { contact: otherContact }, seed) : say('declined_ok', {}, seed));
  } else if (draft.orderNumberUnknown && !state.draft.orderNumberUnknown) texts.push(say('unknown_ok', {}, seed));
  const next = { ...state, misunderstandings: changed ? 0 : state.misunderstandings };

  if (!draft.fields.description && (draft.asked.description ?? 0) >= maxDescriptionAsks) {
    return onStoryMissing(next, draft);
  }
  const questions = nextQuestions(draft, state.channelIsContact);
  if (questions.length === 0 && draft.fields.description) {
    texts.push(say('confirm', { summary: summarizeDraft(draft, state.channelIsContact) }, seed));
    return withReplies({ ...next, phase: 'confirming', draft }, effects, texts);
  }
  const ignoredQuestion = state.draft.lastAsked.length > 0 && !u.intents.has('complain');
  // "不知道" / "不用" to the product or date question: taken as no answer, the intake moves on (asked once each).
  if (!changed && ignoredQuestion && u.intents.has('unknown') && texts.length === 0)
    texts.push(say('unknown_ok', {}, seed));
  if (!changed && ignoredQuestion && effects.length === 0 && texts.length === 0) {
    // "对" / "好的" to a question that wants an answer: a nod, not a misunderstanding; ask again, kindly.
    if (u.intents.has('affirm')) {
      const question = pendingQuestion(state.draft, seed);
      return reply({ ...next, phase: 'collecting', draft }, say('affirm_with_question', { question }, seed));
    }
    const lost = misunderstood(next);
    return withReplies({ ...lost.state, phase: 'collecting', draft }, lost.effects, [reAsk(draft, seed)]);
  }
  const asked = askFor(draft, questions.length ? questions : ['description'], seed);
  texts.push(asked.text);
  return withReplies({ ...next, phase: 'collecting', draft: asked.draft }, effects, texts);
}

/**
 * The summary is on screen: "对" (or thanks, or asking for the progress) registers it; anything else is read as a
 * correction or more of the story. A customer who neither confirms nor corrects twice is registered as it stands.
 */
export function onConfirming(state: ConversationState, u: Understanding, ctx: TransitionContext): TransitionResult {
  const seed = state.turn;
  const correcting = isCorrecting(u);
  if (u.intents.has('withdraw') && !u.describes) return onWithdraw(state, u);
  const agrees = (u.intents.has('affirm') || u.intents.has('thanks')) && !correcting;
  if (agrees && sameAnswers(mergeExtraction(state.draft, u.extraction, false), state.draft)) {
    return { state, effects: [{ type: 'acknowledge', urgent: state.urgent }] };
  }
  let draft = readBareAnswer(mergeExtraction(state.draft, u.extraction, true), u);
  if (u.intents.has('unknown') && !draft.fields.orderNumber) draft = { ...draft, orderNumberUnknown: true };
  if (sameAnswers(draft, state.draft) && u.describes) draft = addToStory(draft, u);
  if (sameAnswers(draft, state.draft)) {
    if (isQuestion(u)) return askPolicies(state, u);
    const social = u.intents.has('ask_bot') || isVenting(u) ? onSmallTalk(state, u, ctx, () => reply(state)) : null;
    if (social) return withReplies(social.state, social.effects, [say('confirm_reminder', {}, seed)]);
    if (state.misunderstandings >= 1 && !correcting) {
      return withReplies(
        state,
        [{ type: 'acknowledge', urgent: state.urgent }],
        [say('register_as_is', {}, seed)],
        'before',
      );
    }
    return withReplies(
      { ...state, misunderstandings: state.misunderstandings + 1 },
      [],
      [say('what_to_fix', {}, seed)],
    );
  }
  const texts: string[] = [];
  if (draft.declined.length > state.draft.declined.length) texts.push(say('declined_ok', {}, seed));
  texts.push(say('confirm_again', { summary: summarizeDraft(draft, state.channelIsContact) }, seed));
  return withReplies(
    { ...state, draft, misunderstandings: 0 },
    [{ type: 'updateComplaint', ...complaintInput(draft) }],
    texts,
  );
}

/** Asked for the story three times without one: register what there is and let a human ask. */
function onStoryMissing(state: ConversationState, draft: Draft): TransitionResult {
  const effects: Effect[] = [
    state.complaintCode
      ? { type: 'updateComplaint', ...complaintInput(draft) }
      : { type: 'createComplaint', ...complaintInput(draft) },
    { type: 'acknowledge', urgent: false },
  ];
  return withReplies(
    { ...state, phase: 'collecting', draft, route: { queue: 'frontline', reason: 'low_confidence' } },
    effects,
    [say('story_missing', {}, state.turn)],
    'before',
  );
}

function appendReAsk(result: TransitionResult, state: ConversationState): TransitionResult {
  const again = reAsk(state.draft, state.turn);
  return again ? withReplies(result.state, result.effects, [again]) : result;
}

/**
 * "能不能让师傅回来重新走一下管子" that no policy answers is the customer's wish: it goes into the story of the complaint
 * (its timeline once registered) for the people who handle it, instead of "没有找到明确的规定".
 */
export function noteRequest(state: ConversationState, text: string, reminder: string): TransitionResult {
  const seed = state.turn;
  const code = state.complaintCode ?? '';
  if (state.phase !== 'collecting' && state.phase !== 'confirming') {
    return withReplies(state, [{ type: 'recordDetail', text }], [say('request_noted', { code }, seed)]);
  }
  const draft = appendToStory(state.draft, text);
  const effects: Effect[] = code ? [{ type: 'updateComplaint', ...complaintInput(draft) }] : [];
  return withReplies({ ...state, draft }, effects, [say('request_noted', { code }, seed), reminder]);
}
