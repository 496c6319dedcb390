// A WeChat channel over wechaty-puppet-mock, joined to a real desk: mocked contacts write to the bot's account and
// the tests read what the bot sent back from the mock's message store.
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import type { ChannelStatus } from '../../src/channels/channel-status.ts';
import { type ChannelConnection, connectChannel } from '../../src/channels/connect-channel.ts';
import { createWechatChannel, type WechatChannelOptions } from '../../src/channels/wechat/wechat-channel.ts';
import type { ConversationEngine } from '../../src/conversation/run-turn.ts';
import type { DeskBus } from '../../src/events/desk-events.ts';
import { silentLogger } from '../../src/log.ts';
import { waitFor } from '../wait-for.ts';

export interface WechatFixture {
  mocker: mock.Mocker;
  puppet: PuppetMock;
  /** the bot's own WeChat account */
  bot: mock.ContactMock;
  statuses: ChannelStatus[];
  status(): ChannelStatus;
  connection: ChannelConnection;
  /** A new customer who has the bot's account as a contact. */
  customer(name: string): mock.ContactMock;
  /** Texts the bot has sent to a contact (one-to-one), or in a group, oldest first. */
  sentTo(target: mock.ContactMock | mock.RoomMock): string[];
  /** Waits until the bot has sent `count` messages to the target, and returns them all. */
  received(target: mock.ContactMock | mock.RoomMock, count: number): Promise<string[]>;
  /** Delivers a message payload as the puppet would (for ids, file names and redeliveries chosen by the test). */
  deliver(payload: Record<string, unknown> & { id: string; talkerId: string }): void;
  waitForState(state: ChannelStatus['state'], after?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function openWechat(
  desk: { conversations: Pick<ConversationEngine, 'handleMessage'>; bus: DeskBus },
  options: Partial<WechatChannelOptions> & { puppet?: PuppetMock; mocker?: mock.Mocker; burstMs?: number } = {},
): Promise<WechatFixture> {
  const mocker = options.mocker ?? new mock.Mocker();
  const puppet = options.puppet ?? new PuppetMock({ mocker });
  const statuses: ChannelStatus[] = [];
  const adapter = createWechatChannel({
    puppet,
    groups: ['售后服务群'],
    log: silentLogger,
    reconnect: { baseMs: 20, capMs: 80 },
    sendWaitMs: 5_000,
    ...options,
    onStatus: (s) => statuses.push(s),
  });
  const burstMs = options.burstMs ?? 150;
  const connection = await connectChannel({
    adapter,
    conversations: desk.conversations,
    bus: desk.bus,
    log: silentLogger,
    burst: { quietMs: burstMs, maxMs: burstMs * 4 },
    retry: { attempts: 3, baseMs: 20, capMs: 100 },
  });
  const bot = mocker.createContact({ name: '小满电器客服' });

  const sent = () => [...mocker.cacheMessagePayload.values()].filter((p) => p.talkerId === bot.id);
  const sentTo = (target: mock.ContactMock | mock.RoomMock) =>
    sent()
      .filter((p) => (p.roomId ? p.roomId === target.id : 'listenerId' in p && p.listenerId === target.id))
      .map((p) => p.text ?? '');

  const fixture: WechatFixture = {
    mocker,
    puppet,
    bot,
    statuses,
    status: () => adapter.status(),
    connection,
    customer: (name) => mocker.createContact({ name }),
    sentTo,
    async received(target, count) {
      await waitFor(`${count} messages to ${target.id}`, () => sentTo(target).length >= count, 15_000);
      return sentTo(target);
    },
    deliver(payload) {
      if (!mocker.cacheMessagePayload.has(payload.id)) {
        mocker.MessageMock.create({ timestamp: Date.now(), type: 7, listenerId: bot.id, ...payload } as never);
      }
      puppet.emit('message', { messageId: payload.id });
    },
    async waitForState(state, after = 0) {
      await waitFor(`wechat state ${state}`, () => statuses.slice(after).some((s) => s.state === state), 10_000);
    },
    stop: () => connection.stop(),
  };
  const loggedIn = fixture.waitForState('logged_in');
  mocker.login(bot);
  await loggedIn;
  return fixture;
}
