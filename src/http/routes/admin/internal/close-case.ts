import type { Outcome } from '../../../../complaint/taxonomy.ts';
import { conversationStateSchema, initialState, parseState } from '../../../../conversation/state.ts';
import { recordAudit } from '../../../../db/agents.ts';
import type { DbOrTx } from '../../../../db/client.ts';
import { closeComplaint } from '../../../../db/complaint-workflow.ts';
import {
  findComplaintConversation,
  saveConversationState,
  setConversationOwner,
} from '../../../../db/conversations.ts';
import type { CustomerMessageEvent } from '../../../../events/desk-events.ts';
import { closingNotice, surveyInvitation } from '../../../../handoff/customer-notices.ts';
import { type AuthenticatedAgent, actorOf } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { storeForCustomer } from './tell-customer.ts';

/**
 * 投诉终止, run inside the caller's transaction: closes the complaint, gives the conversation back to the bot, tells
 * the customer (with guide 七's external routes when unresolved) and asks for a 1-5 score, setting the dialogue to
 * its `survey` phase so the bot reads the answer. Returns the messages to publish after commit; 409 if already closed.
 */
export async function closeCase(
  tx: DbOrTx,
  agent: AuthenticatedAgent,
  input: { code: string; outcome: Outcome; note?: string; at: Date },
): Promise<CustomerMessageEvent[]> {
  const { code, outcome, at } = input;
  const actor = actorOf(agent);
  const note = `${agent.name}结束投诉（${outcome}）${input.note ? `：${input.note}` : ''}`;
  if (!(await closeComplaint(tx, code, { outcome, at, actor, note }))) {
    throw new ApiError('conflict', '投诉已经结束 / the complaint is already closed');
  }
  await recordAudit(tx, { actor, action: 'complaint.close', target: code, detail: { outcome }, at });

  const found = await findComplaintConversation(tx, code);
  const conversation = found?.conversation;
  if (!found || !conversation) return [];
  if (conversation.owner === 'agent') await setConversationOwner(tx, conversation.id, null);

  const events = [
    await storeForCustomer(tx, conversation, {
      complaintId: found.complaintId,
      author: 'agent',
      agentId: agent.id,
      text: closingNotice(code, outcome),
      at,
    }),
  ];
  // Only a conversation still on this complaint is switched to the survey: one that moved on to a newer complaint
  // keeps its dialogue, and a score typed there would be read as something else.
  const state = parseState(conversation.state, initialState({ channelIsContact: conversation.channel !== 'web' }));
  if (state.complaintCode === code || (state.complaintCode === null && state.phase === 'idle')) {
    const next = conversationStateSchema.parse({ ...state, phase: 'survey', complaintCode: code, offer: null });
    await saveConversationState(tx, conversation.id, { state: next, complaintId: found.complaintId, at });
    events.push(
      await storeForCustomer(tx, conversation, {
        complaintId: found.complaintId,
        author: 'bot',
        text: surveyInvitation(),
        at,
      }),
    );
  }
  return events;
}
