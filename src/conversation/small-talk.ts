import type { Understanding } from './events.ts';
import { say } from './say.ts';
import type { ConversationState } from './state.ts';
import { reply, type TransitionContext, type TransitionResult } from './transition-result.ts';

/**
 * True when a question asks the shop to do something ("能不能先发货", "可以让师傅回来重新走一下管子吗"), not for
 * information: the policies may answer it, else it is noted as a wish.
 */
export function isRequest(u: Understanding): boolean {
  return u.intents.has('request') && !u.intents.has('ask_info');
}

/** Asks the policies; after the story is told, a request they cannot answer is noted as the customer's wish. */
export function askPolicies(state: ConversationState, u: Understanding): TransitionResult {
  const request = state.draft.fields.description !== undefined && isRequest(u);
  return { state, effects: [{ type: 'answerQuestion', question: u.text, ...(request ? { request } : {}) }] };
}

/** A question about the rules rather than a grievance: answered from the knowledge base. */
export function isQuestion(u: Understanding): boolean {
  return (
    u.intents.has('question') &&
    !u.describes &&
    !u.intents.has('complain') &&
    !u.intents.has('ask_bot') &&
    !u.intents.has('ask_delivery') &&
    !u.intents.has('greeting') &&
    u.anger === 0 &&
    !u.spillover &&
    u.safety.length === 0
  );
}

/** Abuse or venting without any story: the customer is upset, not yet telling what happened. */
export function isVenting(u: Understanding): boolean {
  return u.anger >= 2 && !u.describes;
}

/**
 * Everything that is not part of a complaint: greetings, thanks and praise, goodbyes, "你是机器人吗", abuse. Null when
 * the message is none of these. `onGreeting` is what a greeting does in this phase (ask for the story, or the status).
 */
export function onSmallTalk(
  state: ConversationState,
  u: Understanding,
  ctx: TransitionContext,
  onGreeting: () => TransitionResult,
): TransitionResult | null {
  const seed = state.turn;
  const calm = { ...state, misunderstandings: 0 };
  if (isVenting(u)) {
    const code = state.complaintCode;
    if (code && registered(state)) {
      const text = say('soothe_venting_registered', { code }, seed);
      return {
        state: calm,
        effects: [
          { type: 'recordDetail', text: u.fullText },
          { type: 'reply', text },
        ],
      };
    }
    return reply(
      calm,
      state.draft.fields.description ? say(`soothe_${u.anger}`, {}, seed) : say('soothe_venting', {}, seed),
    );
  }
  if (u.intents.has('ask_bot')) return reply(calm, say('bot_identity', { shop: ctx.shopName }, seed));
  if (u.intents.has('off_topic') && !u.describes) return reply(calm, say('off_topic', { shop: ctx.shopName }, seed));
  // "拍了照片": the customer has evidence; the chat takes photos and files, which go to the complaint.
  if (u.intents.has('has_evidence') && !u.describes && u.attachments.length === 0) {
    return reply(calm, say('evidence_invite', {}, seed));
  }
  // "我的快递到哪了": the bot cannot see the carrier's tracking; it says where to look and what it can do.
  if (u.intents.has('ask_delivery') && !u.describes) return reply(calm, say('delivery_tracking', {}, seed));
  if (u.intents.has('thanks')) return reply(calm, say('thanks_reply', {}, seed));
  if (u.intents.has('goodbye')) return reply(calm, say('goodbye', {}, seed));
  if (u.intents.has('greeting')) return onGreeting();
  return null;
}

/** The complaint in hand has been acknowledged: what the customer says now goes into its timeline. */
export function registered(state: ConversationState): boolean {
  return state.phase === 'registered' || state.phase === 'handed_off' || state.phase === 'proposing';
}

/** Nothing understood: say so and say what the bot can do; the second time in a row, offer a human. */
export function misunderstood(state: ConversationState): TransitionResult {
  const next = { ...state, misunderstandings: state.misunderstandings + 1 };
  const code = state.complaintCode;
  const key =
    next.misunderstandings >= 2
      ? 'misunderstood_offer_human'
      : code && registered(state)
        ? 'misunderstood_registered'
        : 'misunderstood';
  return reply(next, say(key, { code: code ?? '' }, state.turn));
}

/** "5", "五分", "4星": a survey score, or undefined. */
export function readScore(text: string): number | undefined {
  const m = text.normalize('NFKC').match(/^\s*([1-5])\s*(分|星)?/) ?? text.match(/([一二三四五])\s*(分|星)/);
  if (!m) return undefined;
  const digit = '一二三四五'.indexOf(m[1]!);
  return digit >= 0 ? digit + 1 : Number(m[1]);
}
