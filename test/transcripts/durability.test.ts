// Durable and concurrent: every turn is stored before the reply returns, a restart loses nothing (unanswered inbound
// messages are resumed by a new desk over the same database), one conversation's messages run one at a time in order,
// and the same client message id is never processed twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSlaPolicy } from '../../src/complaint/sla-policy.ts';
import { composeDesk, type Desk } from '../../src/compose-desk.ts';
import { createDb, type Db } from '../../src/db/client.ts';
import { seedKnowledge } from '../../src/db/knowledge.ts';
import { recordInbound } from '../../src/db/messages.ts';
import type { CustomerMessageEvent } from '../../src/events/desk-events.ts';
import { createKnowledgeBase, samplePoliciesDir } from '../../src/knowledge/index.ts';
import { silentLogger } from '../../src/log.ts';
import { createTestDb } from '../db.ts';
import { sharedModel } from '../desk.ts';
import { codePattern } from './chat.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely
type Loose = any;

/** A clock that moves one millisecond per reading, so every stored row has its own time and order is visible. */
function tickingClock(start = Date.parse('2026-11-28T10:00:00+08:00')) {
  let t = start;
  return () => new Date(t++);
}

/** The whole desk over `db`, as main.ts would build it at start-up. */
async function deskOver(db: Db): Promise<Desk> {
  const kb = await createKnowledgeBase({ db, log: silentLogger });
  return composeDesk({
    db,
    log: silentLogger,
    now: tickingClock(),
    timeZone: 'Asia/Shanghai',
    shopName: '小满电器',
    sla: defaultSlaPolicy,
    model: sharedModel(),
    kb,
  });
}

async function call(
  desk: Desk,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Loose }> {
  const res = await desk.app.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

let testDb: Awaited<ReturnType<typeof createTestDb>>;
let desk: Desk;
beforeAll(async () => {
  testDb = await createTestDb();
  await seedKnowledge(testDb.db, samplePoliciesDir);
  desk = await deskOver(testDb.db);
});
afterAll(() => testDb.dispose());

async function open(d = desk): Promise<string> {
  return (await call(d, 'POST', '/api/chat/sessions', {})).body.sessionId;
}
const say = (sessionId: string, text: string, clientMessageId?: string, d = desk) =>
  call(d, 'POST', `/api/chat/sessions/${sessionId}/messages`, { text, clientMessageId });

describe('persistence', () => {
  it('stores every message and the dialogue state before the reply returns', async () => {
    const sessionId = await open();
    const texts = ['你好', '我家的吸尘器吸力越来越小，才用了半个月', '上周一买的'];
    for (const [i, text] of texts.entries()) {
      const res = await say(sessionId, text);
      expect(res.status).toBe(200);
      const history = (await call(desk, 'GET', `/api/chat/sessions/${sessionId}/messages`)).body.items;
      const inbound = history.filter((m: Loose) => m.author === 'customer').map((m: Loose) => m.text);
      expect(inbound).toEqual(texts.slice(0, i + 1));
      // The replies the client got are the last rows stored.
      expect(history.slice(-res.body.replies.length).map((m: Loose) => m.text)).toEqual(
        res.body.replies.map((r: Loose) => r.text),
      );
      expect(await testDb.db.message.count({ where: { direction: 'inbound', handledAt: null } })).toBe(0);
    }
    const conversation = await testDb.db.conversation.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'web', externalId: sessionId } },
    });
    expect(conversation.state).toMatchObject({ phase: 'collecting', draft: { fields: { occurredOn: '2026-11-16' } } });
  });
});

describe('restart', () => {
  it('a new desk over the same database answers a message that was stored but never handled', async () => {
    const sessionId = await open();
    const conversation = await testDb.db.conversation.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'web', externalId: sessionId } },
    });
    // The process stops right after storing the customer's message.
    await recordInbound(testDb.db, {
      conversationId: conversation.id,
      complaintId: null,
      text: '你们的电饼铛用了一次就不加热了，我要退货，电话13012340000',
      attachments: [],
      channelMessageId: 'wx-lost-1',
      at: new Date('2026-11-28T10:05:00+08:00'),
    });

    const second = createDb(testDb.url);
    try {
      const restarted = await deskOver(second);
      const pushed: CustomerMessageEvent[] = [];
      restarted.bus.on('toCustomer', (e) => pushed.push(e));
      expect(await restarted.conversations.resumeUnfinishedTurns()).toBe(1);
      expect(pushed.map((e) => e.externalId)).toEqual(pushed.map(() => sessionId));
      expect(pushed.map((e) => e.text).join('\n')).toMatch(/哪天|什么时候|订单号|怎么称呼/);
      const complaint = await second.complaint.findFirstOrThrow({ where: { customerId: conversation.customerId } });
      expect(complaint).toMatchObject({ status: 'received', phone: '13012340000', product: '电饼铛' });
      expect(await second.message.count({ where: { direction: 'inbound', handledAt: null } })).toBe(0);
      expect(await restarted.conversations.resumeUnfinishedTurns()).toBe(0);

      // The retried delivery of the same message is recognised, and the conversation carries on where it was.
      const retry = await say(
        sessionId,
        '你们的电饼铛用了一次就不加热了，我要退货，电话13012340000',
        'wx-lost-1',
        restarted,
      );
      expect(retry.body.replies.map((r: Loose) => r.text)).toEqual(pushed.map((e) => e.text));
      expect(await second.complaint.count({ where: { customerId: conversation.customerId } })).toBe(1);
    } finally {
      await second.$disconnect();
    }
  });

  it('a turn cut off after its effects ran is finished without registering the complaint twice', async () => {
    const sessionId = await open();
    const before = await testDb.db.conversation.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'web', externalId: sessionId } },
    });
    const res = await say(sessionId, '昨天买的台灯一开就闪，闪得眼睛疼，想换一个，电话13012341111');
    expect(res.body.complaint.code).toMatch(codePattern);
    // Pretend the process died before the turn was saved: state back, message unanswered, replies never sent.
    const inbound = await testDb.db.message.findFirstOrThrow({
      where: { conversationId: before.id, direction: 'inbound' },
    });
    await testDb.db.message.deleteMany({
      where: { conversationId: before.id, direction: 'outbound', createdAt: { gt: inbound.createdAt } },
    });
    await testDb.db.message.update({ where: { id: inbound.id }, data: { handledAt: null } });
    await testDb.db.conversation.update({
      where: { id: before.id },
      data: { state: before.state ?? {}, complaintId: null },
    });

    expect(await desk.conversations.resumeUnfinishedTurns()).toBe(1);
    expect(await testDb.db.complaint.count({ where: { customerId: before.customerId } })).toBe(1);
    const after = await testDb.db.conversation.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.state).toMatchObject({ phase: 'collecting', complaintCode: res.body.complaint.code });
  });
});

describe('concurrency', () => {
  it('five messages posted at once on one session are processed one at a time, in order', async () => {
    const sessionId = await open();
    const texts = [
      '我家的吸尘器吸力很弱，吸不起来头发',
      '上周一买的',
      '想换一个',
      '电话13012345678',
      '订单号不知道，我姓马',
    ];
    const results = await Promise.all(texts.map((text) => say(sessionId, text)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const replies = results.map((r) => r.body.replies.map((x: Loose) => x.text).join('\n'));
    expect(replies[0]).toMatch(/哪天|什么时候/);
    expect(replies[1]).toMatch(/怎么处理|什么样的解决/);
    expect(replies[2]).toMatch(/手机号|电话/);
    expect(replies[3]).toMatch(/订单号/);
    expect(replies[4]).toMatch(/核对|确认/);

    const history = (await call(desk, 'GET', `/api/chat/sessions/${sessionId}/messages`)).body.items;
    const inbound = history.filter((m: Loose) => m.author === 'customer').map((m: Loose) => m.text);
    expect(inbound).toEqual(texts);
    const complaint = results[4]!.body.complaint;
    expect(complaint.fields).toMatchObject({
      product: '吸尘器',
      occurredOn: '2026-11-16',
      remedyRequested: ['更换产品'],
      phone: '13012345678',
      customerName: '马',
    });
    const conversation = await testDb.db.conversation.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'web', externalId: sessionId } },
    });
    expect(conversation.state).toMatchObject({ phase: 'confirming', turn: 5 });
  });

  it('never processes the same client message id twice, even when the retries race', async () => {
    const sessionId = await open();
    const first = await say(sessionId, '前天买的电吹风有股焦味', 'm-1');
    const retries = await Promise.all([1, 2, 3].map(() => say(sessionId, '前天买的电吹风有股焦味', 'm-1')));
    for (const retry of retries) expect(retry.body.replies).toEqual(first.body.replies);
    const conversation = await testDb.db.conversation.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'web', externalId: sessionId } },
    });
    expect(await testDb.db.message.count({ where: { conversationId: conversation.id, direction: 'inbound' } })).toBe(1);
    expect(await testDb.db.complaint.count({ where: { customerId: conversation.customerId } })).toBe(1);
    expect(conversation.state).toMatchObject({ turn: 1 });

    const next = await say(sessionId, '想退货', 'm-2');
    expect(next.body.replies).not.toEqual(first.body.replies);
  });
});
