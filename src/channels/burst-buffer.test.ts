import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBurstBuffer } from './burst-buffer.ts';
import type { InboundChannelMessage } from './channel.ts';

const msg = (externalId: string, id: string): InboundChannelMessage => ({
  channel: 'wechat',
  externalId,
  messageId: id,
  text: id,
  attachments: [],
  at: new Date(),
});

describe('createBurstBuffer', () => {
  let flushed: string[][];
  beforeEach(() => {
    vi.useFakeTimers();
    flushed = [];
  });
  afterEach(() => vi.useRealTimers());
  const buffer = () =>
    createBurstBuffer({
      window: { quietMs: 2000, maxMs: 8000 },
      onFlush: (burst) => flushed.push(burst.map((m) => m.messageId)),
    });

  it('hands over a burst after the sender has been quiet for the window', () => {
    const b = buffer();
    b.add(msg('a', '1'));
    vi.advanceTimersByTime(1500);
    b.add(msg('a', '2'));
    vi.advanceTimersByTime(1999);
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(flushed).toEqual([['1', '2']]);
    expect(b.waiting).toBe(0);
  });

  it('never holds a burst longer than the maximum, however fast the sender types', () => {
    const b = buffer();
    for (let i = 0; i < 10; i++) {
      b.add(msg('a', String(i)));
      vi.advanceTimersByTime(1000);
    }
    expect(flushed[0]).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
  });

  it('keeps senders apart', () => {
    const b = buffer();
    b.add(msg('a', 'a1'));
    vi.advanceTimersByTime(1000);
    b.add(msg('b', 'b1'));
    vi.advanceTimersByTime(1000);
    expect(flushed).toEqual([['a1']]);
    vi.advanceTimersByTime(1000);
    expect(flushed).toEqual([['a1'], ['b1']]);
  });

  it('flushes everything waiting at once when asked', () => {
    const b = buffer();
    b.add(msg('a', 'a1'));
    b.add(msg('b', 'b1'));
    b.flushAll();
    expect(flushed).toEqual([['a1'], ['b1']]);
    vi.advanceTimersByTime(10_000);
    expect(flushed).toHaveLength(2);
  });
});
