import type { DbOrTx } from '../../../../db/client.ts';
import type { ConversationRow } from '../../../../db/conversations.ts';
import { recordOutbound } from '../../../../db/messages.ts';
import type { CustomerMessageEvent, DeskBus } from '../../../../events/desk-events.ts';

/**
 * Stores a message for the customer inside the caller's transaction and returns the bus event that delivers it;
 * the caller publishes it once the transaction has committed, so nothing reaches the customer that was rolled back.
 */
export async function storeForCustomer(
  db: DbOrTx,
  conversation: Pick<ConversationRow, 'id' | 'channel' | 'externalId'>,
  input: { complaintId: string; author: 'agent' | 'bot' | 'system'; agentId?: string; text: string; at: Date },
): Promise<CustomerMessageEvent> {
  const message = await recordOutbound(db, {
    conversationId: conversation.id,
    complaintId: input.complaintId,
    author: input.author,
    agentId: input.agentId,
    text: input.text,
    at: input.at,
  });
  return {
    conversationId: conversation.id,
    channel: conversation.channel,
    externalId: conversation.externalId,
    messageId: message.id,
    text: input.text,
    author: input.author,
    at: input.at,
  };
}

/** Delivers stored messages to the customer's channel (web chat SSE, WeChat, …) through the desk bus. */
export function publishToCustomer(bus: DeskBus, events: readonly CustomerMessageEvent[]): void {
  for (const event of events) bus.emit('toCustomer', event);
}
