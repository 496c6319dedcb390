import { z } from 'zod';
import { attachmentSchema } from '../complaint/complaint-record.ts';
import { statusSchema } from '../complaint/taxonomy.ts';

/** What a customer sent, in the one format every channel translates its own messages into. */
export const inboundChannelMessageSchema = z.object({
  /** the engine's name for the channel: `wechat`, `terminal`, … */
  channel: z.string().min(1),
  /** who wrote, as the channel names them; replies go back to this address */
  externalId: z.string().min(1),
  /** the channel's own id for the message: a second delivery with the same id is dropped */
  messageId: z.string().min(1),
  text: z.string(),
  attachments: z.array(attachmentSchema),
  displayName: z.string().optional(),
  /** when the customer sent it, by the channel's clock */
  at: z.date(),
});
export type InboundChannelMessage = z.infer<typeof inboundChannelMessageSchema>;

/** What the desk says on a channel: a line of text, or (for channels that can show it) the complaint's state. */
export const outboundChannelMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string(),
    author: z.enum(['bot', 'agent', 'system']),
    /** the stored message's id, when it has one: a channel that may see a message twice shows it once */
    id: z.string().optional(),
  }),
  z.object({ type: z.literal('complaint'), code: z.string(), status: statusSchema }),
]);
export type OutboundChannelMessage = z.infer<typeof outboundChannelMessageSchema>;

/**
 * A customer channel (WeChat, the terminal, …) behind one small interface. The adapter only translates and transports;
 * burst merging, dedupe, retries and the engine are the caller's (see `connectChannel`).
 */
export interface ChannelAdapter {
  /** the engine's channel name; the desk bus addresses messages to it by this name */
  readonly name: string;
  /** the channel identity reaches the customer by itself (WeChat), so the bot need not ask for a phone number */
  readonly identifiesCustomer: boolean;
  /** Starts listening; resolves once started (not once connected: a channel may connect later or reconnect). */
  start(onMessage: (message: InboundChannelMessage) => Promise<void>): Promise<void>;
  /** Delivers one message to an address the channel gave as `externalId`; rejects when it could not. */
  send(to: string, message: OutboundChannelMessage): Promise<void>;
  stop(): Promise<void>;
}
