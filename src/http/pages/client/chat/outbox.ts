import { RequestFailure } from '../shared/request-json.ts';
import { retryDelay, waitToRetry } from '../shared/retry-delay.ts';

/** A message the customer typed that the server has not confirmed yet; kept in storage across reloads. */
export interface OutboxEntry {
  clientId: string;
  text: string;
  afterCount: number;
}

export interface OutboxHooks<Result> {
  send(entry: OutboxEntry): Promise<Result>;
  /** `sending` before the first try; `retrying` as soon as a try failed in a way worth retrying */
  onStatus(entry: OutboxEntry, status: 'sending' | 'retrying'): void;
  onDelivered(entry: OutboxEntry, result: Result): void;
  /** the server refused it for good (too long, …): it leaves the outbox */
  onRejected(entry: OutboxEntry, failure: RequestFailure): void;
  /** the session is gone (404): make a new one, then the entry is sent again */
  onSessionLost(): Promise<void>;
  /** the entries still to deliver, to keep across a reload */
  persist(entries: readonly OutboxEntry[]): void;
  /** everything queued has been delivered or refused */
  onIdle(): void;
}

/**
 * Delivers typed messages one at a time, in order. A failure worth retrying (no network, 429, 5xx) is retried with
 * the same clientMessageId after a growing delay, so a message that did arrive is not processed twice.
 */
export function createOutbox<Result>(hooks: OutboxHooks<Result>, restored: readonly OutboxEntry[] = []) {
  const queue: OutboxEntry[] = [...restored];
  let running = false;

  async function drain() {
    if (running) return;
    running = true;
    let attempt = 0;
    try {
      while (queue.length) {
        const entry = queue[0]!;
        if (attempt === 0) hooks.onStatus(entry, 'sending');
        try {
          const result = await hooks.send(entry);
          queue.shift();
          hooks.persist(queue);
          attempt = 0;
          hooks.onDelivered(entry, result);
        } catch (error) {
          const failure =
            error instanceof RequestFailure ? error : new RequestFailure(0, 'network', '发送失败，正在重试');
          if (failure.status === 404 || failure.retriable) {
            hooks.onStatus(entry, 'retrying');
            if (failure.status === 404) await hooks.onSessionLost().catch(() => undefined);
            await waitToRetry(retryDelay(attempt++));
          } else {
            queue.shift();
            hooks.persist(queue);
            attempt = 0;
            hooks.onRejected(entry, failure);
          }
        }
      }
    } finally {
      running = false;
      hooks.onIdle();
    }
  }

  return {
    /** Queues a message and starts delivering. */
    add(entry: OutboxEntry) {
      queue.push(entry);
      hooks.persist(queue);
      void drain();
    },
    /** Starts delivering what is queued (restored entries, after the session is ready). */
    start() {
      void drain();
    },
    entries(): readonly OutboxEntry[] {
      return queue;
    },
    /** The conversation was started afresh: what is queued now follows none of the customer's messages. */
    rebase() {
      queue.splice(0, queue.length, ...queue.map((entry) => ({ ...entry, afterCount: 0 })));
      hooks.persist(queue);
    },
  };
}
