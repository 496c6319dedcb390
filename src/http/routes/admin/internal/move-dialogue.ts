import { conversationStateSchema, initialState, type Phase, parseState } from '../../../../conversation/state.ts';
import type { DbOrTx } from '../../../../db/client.ts';
import { type ConversationRow, saveConversationState } from '../../../../db/conversations.ts';

/**
 * Keeps the bot's dialogue in step with what an agent did to the complaint: moves the conversation's phase from one
 * of `from` to `to` (dropping any bot offer), but only while the dialogue is still on this complaint. The
 * conversation engine owns everything else in the state.
 */
export async function moveDialogue(
  db: DbOrTx,
  conversation: ConversationRow,
  input: { code: string; from: readonly Phase[]; to: Phase; at: Date },
): Promise<boolean> {
  const state = parseState(conversation.state, initialState({ channelIsContact: conversation.channel !== 'web' }));
  if (state.complaintCode !== input.code || !input.from.includes(state.phase)) return false;
  const next = conversationStateSchema.parse({ ...state, phase: input.to, offer: null });
  await saveConversationState(db, conversation.id, {
    state: next,
    complaintId: conversation.complaintId,
    at: input.at,
  });
  return true;
}
