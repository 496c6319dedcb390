import type { ConversationEngine } from '../conversation/run-turn.ts';
import { createKeyedSerializer } from '../conversation/serialize-by-key.ts';
import type { CustomerMessageEvent, DeskBus } from '../events/desk-events.ts';
import type { Logger } from '../log.ts';
import { type Backoff, backoffDelay } from './backoff-delay.ts';
import { type BurstWindow, createBurstBuffer } from './burst-buffer.ts';
import type { ChannelAdapter, InboundChannelMessage, OutboundChannelMessage } from './channel.ts';
import { mergeBurst } from './merge-burst.ts';
import { createRecentIds } from './recent-ids.ts';
import { textForTurn } from './text-for-turn.ts';

export interface ConnectChannelOptions {
  adapter: ChannelAdapter;
  conversations: Pick<ConversationEngine, 'handleMessage'>;
  bus: DeskBus;
  log: Logger;
  /** messages from one sender this close together are one turn; unset or quietMs 0: every message is a turn */
  burst?: BurstWindow;
  /** how often and how patiently a failed send is retried; default 4 retries from 1 s, doubling */
  retry?: { attempts: number } & Backoff;
}

/** A channel joined to the desk; `stop` answers what is still waiting, then stops the channel. */
export interface ChannelConnection {
  stop(): Promise<void>;
}

const defaultRetry = { attempts: 4, baseMs: 1_000, capMs: 30_000 };

/**
 * Joins a channel to the conversation engine and the desk bus: drops redelivered messages by their channel id,
 * merges a sender's burst of messages into one turn, sends the bot's replies back in order, and delivers what agents
 * and the desk say to the customer (bus `toCustomer` events for this channel). A failed send is retried with back-off,
 * then logged; nothing a channel does can stop the process.
 */
export async function connectChannel(options: ConnectChannelOptions): Promise<ChannelConnection> {
  const { adapter, log, bus } = options;
  const retry = options.retry ?? defaultRetry;
  const seen = createRecentIds();
  const inOrder = createKeyedSerializer();
  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;

  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => undefined);
    return work;
  };

  /** Sends to one address in order: a later message never overtakes an earlier one that is being retried. */
  const deliver = (to: string, message: OutboundChannelMessage, ref: string) =>
    track(
      inOrder(to, async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            await adapter.send(to, message);
            return;
          } catch (error) {
            if (attempt >= retry.attempts || stopping) {
              log.error('message not delivered', { channel: adapter.name, ref, attempts: attempt + 1, error });
              return;
            }
            await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, retry)));
          }
        }
      }),
    );

  async function takeTurn(burst: InboundChannelMessage[]) {
    const message = mergeBurst(burst);
    try {
      const outcome = await options.conversations.handleMessage({
        channel: adapter.name,
        externalId: message.externalId,
        text: textForTurn(message),
        channelMessageId: message.messageId,
        attachments: message.attachments,
        channelIsContact: adapter.identifiesCustomer,
        displayName: message.displayName,
      });
      // A redelivery the engine recognised: the customer already has these replies.
      if (outcome.duplicate) return;
      const sent = outcome.replies.map((reply) =>
        deliver(message.externalId, { type: 'text', text: reply.text, author: reply.author, id: reply.id }, reply.id),
      );
      if (outcome.complaint) {
        const { code, status } = outcome.complaint;
        sent.push(deliver(message.externalId, { type: 'complaint', code, status }, code));
      }
      await Promise.all(sent);
    } catch (error) {
      // The engine stores a message before working on it; one stored but unanswered is resumed at the next start.
      log.error('turn failed', { channel: adapter.name, ref: message.messageId, error });
    }
  }

  const buffer = createBurstBuffer({
    window: options.burst ?? { quietMs: 0, maxMs: 0 },
    onFlush: (burst) => void track(takeTurn(burst)),
  });
  const merging = (options.burst?.quietMs ?? 0) > 0;

  const onCustomerMessage = (event: CustomerMessageEvent) => {
    if (event.channel !== adapter.name) return;
    const { text, author, messageId } = event;
    void deliver(event.externalId, { type: 'text', text, author, id: messageId }, messageId);
  };
  bus.on('toCustomer', onCustomerMessage);

  try {
    await adapter.start(async (message) => {
      if (!seen.add(`${message.externalId}\u0000${message.messageId}`)) return;
      if (merging && !stopping) buffer.add(message);
      else await track(takeTurn([message]));
    });
  } catch (error) {
    bus.off('toCustomer', onCustomerMessage);
    throw error;
  }

  return {
    async stop() {
      stopping = true;
      buffer.flushAll();
      // A few rounds: a turn that finishes queues its replies as new work; retries stop once stopping.
      for (let round = 0; inFlight.size > 0 && round < 5; round++) await Promise.allSettled([...inFlight]);
      bus.off('toCustomer', onCustomerMessage);
      await adapter.stop();
    },
  };
}
