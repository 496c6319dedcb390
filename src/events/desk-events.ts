import { EventEmitter } from 'node:events';

/** Something the desk says on a customer's channel (an agent reply, a notice) outside a bot turn's own answer. */
export interface CustomerMessageEvent {
  conversationId: string;
  channel: string;
  externalId: string;
  messageId: string;
  text: string;
  author: 'bot' | 'agent' | 'system';
  at: Date;
}

/** Something agents should see now: a complaint changed, or a customer wrote. */
export interface DeskChangeEvent {
  code: string | null;
  conversationId?: string;
  kind: 'complaint_updated' | 'complaint_queued' | 'customer_message';
  at: Date;
}

export interface DeskEvents {
  toCustomer: [CustomerMessageEvent];
  deskChange: [DeskChangeEvent];
}

/** The in-process bus between the engine, the channels and the agent console. */
export type DeskBus = EventEmitter<DeskEvents>;

/** A new bus; listeners are added by channels (to deliver) and by the console stream (to refresh). */
export function createDeskBus(): DeskBus {
  const bus = new EventEmitter<DeskEvents>();
  bus.setMaxListeners(0);
  return bus;
}
