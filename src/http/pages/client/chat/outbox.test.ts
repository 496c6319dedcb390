import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestFailure } from '../shared/request-json.ts';
import { createOutbox, type OutboxEntry } from './outbox.ts';

const entry = (n: number): OutboxEntry => ({ clientId: `c${n}`, text: `消息${n}`, afterCount: 0 });

/** An outbox over a scripted `send`: each call takes the next outcome (an error to throw, or a result). */
function scriptedOutbox(outcomes: (Error | string)[]) {
  const log: string[] = [];
  const sent: string[] = [];
  const persisted: string[][] = [];
  const outbox = createOutbox<string>({
    send: async (e) => {
      sent.push(e.clientId);
      const next = outcomes.shift() ?? 'ok';
      if (next instanceof Error) throw next;
      return next;
    },
    onStatus: (e, status) => log.push(`${e.clientId}:${status}`),
    onDelivered: (e, result) => log.push(`${e.clientId}:delivered:${result}`),
    onRejected: (e, failure) => log.push(`${e.clientId}:rejected:${failure.message}`),
    onSessionLost: async () => {
      log.push('session-lost');
    },
    persist: (entries) => persisted.push(entries.map((e) => e.clientId)),
    onIdle: () => log.push('idle'),
  });
  return { outbox, log, sent, persisted };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', new EventTarget());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('outbox', () => {
  it('delivers in order, one at a time, and forgets what was delivered', async () => {
    const { outbox, log, persisted } = scriptedOutbox([]);
    outbox.add(entry(1));
    outbox.add(entry(2));
    await vi.runAllTimersAsync();
    expect(log).toEqual(['c1:sending', 'c1:delivered:ok', 'c2:sending', 'c2:delivered:ok', 'idle']);
    expect(persisted.at(-1)).toEqual([]);
  });

  it('retries a network failure, a 429 and a 5xx with the same message until it gets through', async () => {
    const { outbox, log, sent } = scriptedOutbox([
      new RequestFailure(0, 'network', 'offline'),
      new RequestFailure(429, 'rate_limited', 'slow down'),
      new RequestFailure(503, 'unavailable', 'busy'),
      'ok',
    ]);
    outbox.add(entry(1));
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['c1', 'c1', 'c1', 'c1']);
    expect(log).toEqual(['c1:sending', 'c1:retrying', 'c1:retrying', 'c1:retrying', 'c1:delivered:ok', 'idle']);
  });

  it('tries again at once when the browser comes back online', async () => {
    const { outbox, sent } = scriptedOutbox([new RequestFailure(0, 'network', 'offline')]);
    outbox.add(entry(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['c1']);
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['c1', 'c1']);
  });

  it('drops a message the desk refuses for good and goes on with the next', async () => {
    const { outbox, log } = scriptedOutbox([new RequestFailure(413, 'payload_too_large', '消息太长')]);
    outbox.add(entry(1));
    outbox.add(entry(2));
    await vi.runAllTimersAsync();
    expect(log).toEqual(['c1:sending', 'c1:rejected:消息太长', 'c2:sending', 'c2:delivered:ok', 'idle']);
  });

  it('asks for a new session when the desk no longer knows this one, then sends again', async () => {
    const { outbox, log } = scriptedOutbox([new RequestFailure(404, 'not_found', '会话不存在')]);
    outbox.add(entry(1));
    await vi.runAllTimersAsync();
    expect(log).toEqual(['c1:sending', 'c1:retrying', 'session-lost', 'c1:delivered:ok', 'idle']);
  });

  it('counts queued messages from the start of a fresh conversation after a rebase', () => {
    const { outbox, persisted } = scriptedOutbox([new RequestFailure(0, 'network', 'offline')]);
    outbox.add({ ...entry(1), afterCount: 4 });
    outbox.rebase();
    expect(outbox.entries()).toEqual([{ ...entry(1), afterCount: 0 }]);
    expect(persisted.at(-1)).toEqual(['c1']);
  });
});
