// The bench:chat baseline: a bare Hono route doing one database write comparable to a chat turn's
// (one message row into the same SQLite schema), served like the real server.
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
const app = new Hono().post('/write', async (c) => {
  const body = await c.req.json<{ text: string }>();
  const row = await db.message.create({
    data: { conversationId: conversation.id, direction: 'inbound', author: 'customer', text: body.text },
  });
  return c.json({ id: row.id });
});
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => {
  process.stderr.write('baseline listening\n');
});
