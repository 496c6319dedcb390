// The bench:chat baselines, served like the real server:
// - POST /write: a bare Hono route doing one database write comparable to a chat turn's (one message row into the
//   same SQLite schema) — the baseline;
// - POST /durable-turn: the least any durable chat turn writes, with no understanding at all: read the
//   conversation, store the inbound message, then one transaction storing a reply, the new state and the
//   handled mark. It shows how much of the gap to the baseline is the persistence a turn needs;
// - POST /durable-turn-raw: the same statements as raw SQL through Prisma ($queryRaw/$executeRaw), the cheapest
//   Prisma offers (SQLite only, like this file).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createDb } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';

const file = process.env.BASELINE_DB!;
applyMigrations(file);
const db = createDb(`file:${file}`);
const customer = await db.customer.create({ data: {} });
const conversation = await db.conversation.create({
  data: { customerId: customer.id, channel: 'bench', externalId: 'baseline', state: {} },
});
const app = new Hono()
  .post('/write', async (c) => {
    const body = await c.req.json<{ text: string }>();
    const row = await db.message.create({
      data: { conversationId: conversation.id, direction: 'inbound', author: 'customer', text: body.text },
    });
    return c.json({ id: row.id });
  })
  .post('/durable-turn', async (c) => {
    const body = await c.req.json<{ text: string }>();
    const { id, state } = await db.conversation.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'bench', externalId: 'baseline' } },
      select: { id: true, state: true },
    });
    const inbound = await db.message.create({
      data: { conversationId: id, direction: 'inbound', author: 'customer', text: body.text },
      select: { id: true },
    });
    const reply = `收到：${body.text.slice(0, 20)}`;
    const now = new Date();
    await db.$transaction([
      db.message.create({
        data: { conversationId: id, direction: 'outbound', author: 'bot', text: reply, replyToId: inbound.id },
        select: { id: true },
      }),
      db.conversation.update({
        where: { id },
        data: { state: { ...(state as object), turns: 1 }, lastMessageAt: now },
        select: { id: true },
      }),
      db.message.update({ where: { id: inbound.id }, data: { handledAt: now }, select: { id: true } }),
    ]);
    return c.json({ replies: [reply] });
  })
  .post('/durable-turn-raw', async (c) => {
    const body = await c.req.json<{ text: string }>();
    const [row] = await db.$queryRaw<{ id: string; state: object }[]>`
      SELECT id, state FROM Conversation WHERE channel = 'bench' AND externalId = 'baseline'`;
    const { id, state } = row!;
    const inboundId = crypto.randomUUID();
    await db.$executeRaw`INSERT INTO Message (id, conversationId, direction, author, text, createdAt)
      VALUES (${inboundId}, ${id}, 'inbound', 'customer', ${body.text}, ${Date.now()})`;
    const reply = `收到：${body.text.slice(0, 20)}`;
    const now = Date.now();
    await db.$transaction([
      db.$executeRaw`INSERT INTO Message (id, conversationId, direction, author, text, replyToId, createdAt)
        VALUES (${crypto.randomUUID()}, ${id}, 'outbound', 'bot', ${reply}, ${inboundId}, ${now})`,
      db.$executeRaw`UPDATE Conversation SET state = ${JSON.stringify({ ...state, turns: 1 })}, lastMessageAt = ${now}
        WHERE id = ${id}`,
      db.$executeRaw`UPDATE Message SET handledAt = ${now} WHERE id = ${inboundId}`,
    ]);
    return c.json({ replies: [reply] });
  });
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => {
  process.stderr.write('baseline listening\n');
});
