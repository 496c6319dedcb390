import { describe, expect, it } from 'vitest';
import {
  addLocalMessage,
  addServerMessages,
  confirmLocal,
  keepUndelivered,
  mergeHistory,
  type ServerMessage,
  setLocalStatus,
  storedCustomerCount,
  type Transcript,
} from './transcript.ts';

const at = '2026-11-28T02:00:00.000Z';
const bot = (id: string, text: string): ServerMessage => ({ id, text, at, author: 'bot' });
const agent = (id: string, text: string): ServerMessage => ({ id, text, at, author: 'agent' });
const customer = (id: string, text: string): ServerMessage => ({ id, text, at, author: 'customer' });
const keys = (t: Transcript) => t.map((i) => i.key);

describe('web chat transcript', () => {
  it('adds server messages once, by id', () => {
    const t = addServerMessages(addServerMessages([], [bot('b1', '您好')]), [bot('b1', '您好'), agent('a1', '我来')]);
    expect(keys(t)).toEqual(['b1', 'a1']);
  });

  it('puts the bot answers right after the message they answer', () => {
    let t = addServerMessages([], [bot('b1', '您好')]);
    t = addLocalMessage(t, { clientId: 'c1', text: '坏了', afterCount: 0 });
    t = addServerMessages(t, [agent('a1', '客服来了')]);
    t = confirmLocal(t, 'c1', [bot('b2', '记下了'), bot('b3', '想怎么处理？')]);
    expect(keys(t)).toEqual(['b1', 'local:c1', 'b2', 'b3', 'a1']);
    expect(t[1]?.local?.status).toBe('sent');
  });

  it('replaces typed messages by the stored ones and keeps the history order', () => {
    let t = addServerMessages([], [bot('b1', '您好')]);
    t = addLocalMessage(t, { clientId: 'c1', text: '坏了', afterCount: 0 });
    t = confirmLocal(t, 'c1', [bot('b2', '记下了')]);
    const merged = mergeHistory(t, [bot('b1', '您好'), customer('m1', '坏了'), bot('b2', '记下了')]);
    expect(keys(merged)).toEqual(['b1', 'm1', 'b2']);
  });

  it('keeps live messages newer than the history and typed messages still on their way, after it', () => {
    let t = addServerMessages([], [bot('b1', '您好'), agent('a2', '刚到的回复')]);
    t = addLocalMessage(t, { clientId: 'c1', text: '还在路上', afterCount: 0 });
    const merged = mergeHistory(t, [bot('b1', '您好'), agent('a1', '断线时的回复')]);
    expect(keys(merged)).toEqual(['b1', 'a1', 'a2', 'local:c1']);
  });

  it('matches a message sent while the answer was lost, but not an older one with the same text', () => {
    let t = addServerMessages([], [customer('m1', '好的'), bot('b1', '收到')]);
    expect(storedCustomerCount(t)).toBe(1);
    t = addLocalMessage(t, { clientId: 'c1', text: '好的', afterCount: storedCustomerCount(t) });
    t = setLocalStatus(t, 'c1', 'retrying');
    // The history has not got the new 好的 yet: the old one must not swallow it.
    expect(keys(mergeHistory(t, [customer('m1', '好的'), bot('b1', '收到')]))).toEqual(['m1', 'b1', 'local:c1']);
    // Now it has: the typed one gives way to it.
    const history = [customer('m1', '好的'), bot('b1', '收到'), customer('m2', '好的'), bot('b2', '嗯')];
    expect(keys(mergeHistory(t, history))).toEqual(['m1', 'b1', 'm2', 'b2']);
  });

  it('matches two identical typed messages to two stored ones, in order', () => {
    let t: Transcript = [];
    t = addLocalMessage(t, { clientId: 'c1', text: '在吗', afterCount: 0 });
    t = addLocalMessage(t, { clientId: 'c2', text: '在吗', afterCount: 0 });
    expect(keys(mergeHistory(t, [customer('m1', '在吗')]))).toEqual(['m1', 'local:c2']);
    expect(keys(mergeHistory(t, [customer('m1', '在吗'), customer('m2', '在吗')]))).toEqual(['m1', 'm2']);
  });

  it('never matches a message the desk refused', () => {
    let t = addLocalMessage([], { clientId: 'c1', text: '太长了', afterCount: 0 });
    t = setLocalStatus(t, 'c1', 'failed', '消息太长');
    expect(keys(mergeHistory(t, [customer('m1', '太长了')]))).toEqual(['m1', 'local:c1']);
  });

  it('lists no id twice even if the history does', () => {
    expect(keys(mergeHistory([], [bot('b1', 'x'), bot('b1', 'x')]))).toEqual(['b1']);
  });

  it('keeps only undelivered typed messages, counted from zero, when a conversation starts afresh', () => {
    let t = addServerMessages([], [bot('b1', '您好')]);
    t = addLocalMessage(t, { clientId: 'c1', text: '已发', afterCount: 3, status: 'sent' });
    t = addLocalMessage(t, { clientId: 'c2', text: '待发', afterCount: 3, status: 'retrying' });
    const kept = keepUndelivered(t);
    expect(keys(kept)).toEqual(['local:c2']);
    expect(kept[0]?.local?.afterCount).toBe(0);
  });
});
