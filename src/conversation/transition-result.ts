import type { Effect } from './events.ts';
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

/** A result that only says something. */
export function reply(state: ConversationState, ...texts: string[]): TransitionResult {
  return { state, effects: texts.filter(Boolean).map((text) => ({ type: 'reply', text })) };
}

/** Effects plus replies; replies go after the effects unless `order` puts them first. */
export function withReplies(
  state: ConversationState,
  effects: Effect[],
  texts: string[],
  order: 'before' | 'after' = 'after',
): TransitionResult {
  const replies: Effect[] = texts.filter(Boolean).map((text) => ({ type: 'reply', text }));
  return { state, effects: order === 'before' ? [...replies, ...effects] : [...effects, ...replies] };
}
