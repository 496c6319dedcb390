import { describe, expect, it } from 'vitest';
import type { InboundMessage as EngineInput, TurnOutcome } from '../conversation/run-turn.ts';
import { createDeskBus } from '../events/desk-events.ts';
import type { Logger } from '../log.ts';
import type { ChannelAdapter, InboundChannelMessage, OutboundChannelMessage } from './channel.ts';
import { connectChannel } from './connect-channel.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200 && !check(); i++) await sleep(5);
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

/** A channel that records what it is asked to send and fails the next `failures` sends. */
function fakeAdapter() {
  let handler: ((message: InboundChannelMessage) => Promise<void>) | undefined;
  const sent: { to: string; message: OutboundChannelMessage }[] = [];
  const state = { failures: 0, stopped: false, attempts: 0 };
  const adapter: ChannelAdapter = {
    name: 'fake',
    identifiesCustomer: true,
    start: async (onMessage) => {
      handler = onMessage;
    },
    send: async (to, message) => {
      state.attempts++;
      if (state.failures > 0) {
        state.failures--;
        throw new Error('channel down');
      }
      sent.push({ to, message });
    },
    stop: async () => {
      state.stopped = true;
    },
  };
  let seq = 0;
  return {
    adapter,
    sent,
    state,
    texts: () => sent.map((s) => (s.message.type === 'text' ? s.message.text : `#${s.message.code}`)),
    receive: (over: Partial<InboundChannelMessage> = {}) =>
      handler!({
        channel: 'fake',
        externalId: 'alice',
        messageId: `m${++seq}`,
        text: `消息${seq}`,
        attachments: [],
        at: new Date(Date.UTC(2026, 10, 28, 2, 0, seq)),
        ...over,
      }),
  };
}

/** An engine that answers each turn with "回复:<text>" and remembers what it was given. */
function fakeEngine(outcome: Partial<TurnOutcome> = {}) {
  const turns: EngineInput[] = [];
  return {
    turns,
    handleMessage: async (input: EngineInput): Promise<TurnOutcome> => {
      turns.push(input);
      if (input.text === '炸') throw new Error('engine failure');
      return {
        conversationId: 'c1',
        replies: [{ id: `r${turns.length}`, text: `回复:${input.text}`, at: '', author: 'bot' }],
        complaint: null,
        duplicate: false,
        ...outcome,
      };
    },
  };
}

function recordingLog() {
  const lines: string[] = [];
  const write = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  const log: Logger = { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
  return { log, lines };
}

const quickRetry = { attempts: 2, baseMs: 1, capMs: 5 };

describe('connectChannel', () => {
  it('takes each message to the engine as the channel’s customer and sends the replies back', async () => {
    const fake = fakeAdapter();
    const engine = fakeEngine();
    await connectChannel({
      adapter: fake.adapter,
      conversations: engine,
      bus: createDeskBus(),
      log: recordingLog().log,
    });
    await fake.receive({ text: '你好', displayName: '陈' });
    expect(engine.turns).toEqual([
      {
        channel: 'fake',
        externalId: 'alice',
        text: '你好',
        channelMessageId: 'm1',
        attachments: [],
        channelIsContact: true,
        displayName: '陈',
      },
    ]);
    expect(fake.sent).toEqual([{ to: 'alice', message: { type: 'text', text: '回复:你好', author: 'bot', id: 'r1' } }]);
  });

  it('follows the replies with the complaint’s code and status when there is one', async () => {
    const fake = fakeAdapter();
    const complaint = { code: 'TS-20261128-0001', status: 'received' as const };
    const engine = fakeEngine({ complaint: { ...complaint, category: null, severity: null, queue: null, fields: {} } });
    await connectChannel({
      adapter: fake.adapter,
      conversations: engine,
      bus: createDeskBus(),
      log: recordingLog().log,
    });
    await fake.receive();
    expect(fake.sent.map((s) => s.message)).toEqual([
      { type: 'text', text: '回复:消息1', author: 'bot', id: 'r1' },
      { type: 'complaint', ...complaint },
    ]);
  });

  it('drops a message id it has already taken in', async () => {
    const fake = fakeAdapter();
    const engine = fakeEngine();
    await connectChannel({
      adapter: fake.adapter,
      conversations: engine,
      bus: createDeskBus(),
      log: recordingLog().log,
    });
    await fake.receive({ messageId: 'same' });
    await fake.receive({ messageId: 'same' });
    expect(engine.turns).toHaveLength(1);
    expect(fake.sent).toHaveLength(1);
  });

  it('sends nothing for a redelivery the engine recognises', async () => {
    const fake = fakeAdapter();
    await connectChannel({
      adapter: fake.adapter,
      conversations: fakeEngine({ duplicate: true }),
      bus: createDeskBus(),
      log: recordingLog().log,
    });
    await fake.receive();
    expect(fake.sent).toEqual([]);
  });

  it('merges a sender’s burst into one turn, senders apart', async () => {
    const fake = fakeAdapter();
    const engine = fakeEngine();
    await connectChannel({
      adapter: fake.adapter,
      conversations: engine,
      bus: createDeskBus(),
      log: recordingLog().log,
      burst: { quietMs: 40, maxMs: 400 },
    });
    const photo = { kind: 'image' as const, name: 'a.jpg', ref: 'm3' };
    await fake.receive({ text: '电水壶' });
    await fake.receive({ externalId: 'bob', text: '在吗' });
    await fake.receive({ text: '', attachments: [photo] });
    await fake.receive({ text: '漏电了' });
    expect(engine.turns).toEqual([]);
    await until(() => engine.turns.length === 2, 'two turns');
    const alice = engine.turns.find((t) => t.externalId === 'alice');
    expect(alice).toMatchObject({ text: '电水壶\n漏电了', channelMessageId: 'm1', attachments: [photo] });
    expect(engine.turns.find((t) => t.externalId === 'bob')).toMatchObject({ text: '在吗', channelMessageId: 'm2' });
  });

  it('gives a turn of pictures alone a text naming them', async () => {
    const fake = fakeAdapter();
    const engine = fakeEngine();
    await connectChannel({
      adapter: fake.adapter,
      conversations: engine,
      bus: createDeskBus(),
      log: recordingLog().log,
    });
    await fake.receive({ text: '', attachments: [{ kind: 'image', name: 'kettle.jpg', ref: 'm1' }] });
    expect(engine.turns[0]?.text).toBe('[图片] kettle.jpg');
  });

  it('retries a failed send, in order: a later reply never overtakes it', async () => {
    const fake = fakeAdapter();
    const bus = createDeskBus();
    await connectChannel({
      adapter: fake.adapter,
      conversations: fakeEngine(),
      bus,
      log: recordingLog().log,
      retry: quickRetry,
    });
    fake.state.failures = 2;
    await fake.receive({ text: '一' });
    bus.emit('toCustomer', {
      conversationId: 'c1',
      channel: 'fake',
      externalId: 'alice',
      messageId: 'a1',
      text: '我是客服小王',
      author: 'agent',
      at: new Date(),
    });
    await until(() => fake.sent.length === 2, 'both messages');
    expect(fake.texts()).toEqual(['回复:一', '我是客服小王']);
    expect(fake.state.attempts).toBe(4);
  });

  it('gives up after the retries and logs it, without stopping', async () => {
    const fake = fakeAdapter();
    const { log, lines } = recordingLog();
    await connectChannel({
      adapter: fake.adapter,
      conversations: fakeEngine(),
      bus: createDeskBus(),
      log,
      retry: quickRetry,
    });
    fake.state.failures = 3;
    await fake.receive({ text: '一' });
    expect(fake.state.attempts).toBe(3);
    expect(lines).toContain('error message not delivered');
    await fake.receive({ text: '二' });
    expect(fake.texts()).toEqual(['回复:二']);
  });

  it('logs a failed turn and goes on', async () => {
    const fake = fakeAdapter();
    const { log, lines } = recordingLog();
    await connectChannel({ adapter: fake.adapter, conversations: fakeEngine(), bus: createDeskBus(), log });
    await fake.receive({ text: '炸' });
    await fake.receive({ text: '好' });
    expect(lines).toContain('error turn failed');
    expect(fake.texts()).toEqual(['回复:好']);
  });

  it('delivers what the desk says to this channel’s customers, and nothing meant for other channels', async () => {
    const fake = fakeAdapter();
    const bus = createDeskBus();
    await connectChannel({ adapter: fake.adapter, conversations: fakeEngine(), bus, log: recordingLog().log });
    const event = { conversationId: 'c', messageId: 'x', author: 'agent' as const, at: new Date() };
    bus.emit('toCustomer', { ...event, channel: 'web', externalId: 'alice', text: '网页' });
    bus.emit('toCustomer', { ...event, channel: 'fake', externalId: 'carol', text: '您好，我是客服' });
    await until(() => fake.sent.length === 1, 'the agent reply');
    expect(fake.sent).toEqual([
      { to: 'carol', message: { type: 'text', text: '您好，我是客服', author: 'agent', id: 'x' } },
    ]);
  });

  it('on stop answers the bursts still waiting, then stops the channel and leaves the bus', async () => {
    const fake = fakeAdapter();
    const engine = fakeEngine();
    const bus = createDeskBus();
    const connection = await connectChannel({
      adapter: fake.adapter,
      conversations: engine,
      bus,
      log: recordingLog().log,
      burst: { quietMs: 10_000, maxMs: 20_000 },
    });
    await fake.receive({ text: '还没说完' });
    await connection.stop();
    expect(fake.texts()).toEqual(['回复:还没说完']);
    expect(fake.state.stopped).toBe(true);
    expect(bus.listenerCount('toCustomer')).toBe(0);
  });
});
