import type { InboundChannelMessage } from './channel.ts';

/** When a burst is over: after `quietMs` without a new message from the sender, or `maxMs` after its first one. */
export interface BurstWindow {
  quietMs: number;
  maxMs: number;
}

interface Pending {
  messages: InboundChannelMessage[];
  startedAt: number;
  timer: NodeJS.Timeout;
}

/**
 * Holds each sender's messages until their burst is over, then hands the burst over in one piece. Senders are
 * independent: one customer typing does not hold back another.
 */
export function createBurstBuffer(options: { window: BurstWindow; onFlush: (burst: InboundChannelMessage[]) => void }) {
  const pending = new Map<string, Pending>();

  function flush(key: string) {
    const entry = pending.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    pending.delete(key);
    options.onFlush(entry.messages);
  }

  return {
    add(message: InboundChannelMessage): void {
      const key = message.externalId;
      const now = Date.now();
      const entry = pending.get(key);
      if (entry) clearTimeout(entry.timer);
      const startedAt = entry?.startedAt ?? now;
      const wait = Math.max(0, Math.min(options.window.quietMs, startedAt + options.window.maxMs - now));
      pending.set(key, {
        messages: [...(entry?.messages ?? []), message],
        startedAt,
        timer: setTimeout(() => flush(key), wait),
      });
    },
    /** Hands over every burst still waiting, now (when the channel stops). */
    flushAll(): void {
      for (const key of [...pending.keys()]) flush(key);
    },
    /** How many senders have a burst waiting. */
    get waiting(): number {
      return pending.size;
    },
  };
}
