// `npm run chat`, driven through streams instead of a TTY: the greeting, a complaint taken down to its code and
// status line, an agent's reply arriving while chatting, /new and /quit, and what the desk stored.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/channels/terminal/run-terminal-chat.ts';
import { findComplaint } from '../../src/db/complaints.ts';
import { recordOutbound } from '../../src/db/messages.ts';
import { silentLogger } from '../../src/log.ts';
import { type AdminDesk, adminToken, createAdminDesk } from '../admin-fixtures.ts';
import { waitFor } from '../wait-for.ts';

const codePattern = /TS-\d{8}-\d{4}/;

let desk: AdminDesk;
let input: PassThrough;
let output = '';
let finished: Promise<void>;
let done = false;

beforeAll(async () => {
  desk = await createAdminDesk();
  input = new PassThrough();
  const out = new PassThrough();
  out.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  let sessions = 0;
  finished = runTerminalChat({
    input,
    output: out,
    conversations: desk.conversations,
    bus: desk.bus,
    log: silentLogger,
    watch: { db: desk.db, pollMs: 50 },
    newSessionId: () => `terminal-test-${++sessions}`,
  }).then(() => {
    done = true;
  });
});
afterAll(async () => {
  input.end();
  await finished;
  await desk.dispose();
});

/** Types a line and waits until the output has grown and matches `pattern`. */
async function type(line: string, pattern: RegExp) {
  const from = output.length;
  input.write(`${line}\n`);
  await waitFor(`${pattern} after “${line}”:\n${output.slice(from)}`, () => pattern.test(output.slice(from)));
  return output.slice(from);
}

function conversation(externalId: string) {
  return desk.db.conversation.findUniqueOrThrow({
    where: { channel_externalId: { channel: 'terminal', externalId } },
  });
}

describe('the terminal chat', () => {
  it('shows how to use it and greets as the shop’s bot', async () => {
    await waitFor('the greeting', () => /客服助手：.*小满电器/.test(output));
    expect(output).toMatch(/\/new.*\/quit/);
  });

  it('takes a complaint down, prints the code and a status line', async () => {
    const first = await type(
      '我11月20号买的电饭煲，订单号 DD20261120889，用了三天就开不了机了，我要退货，电话13912345678，我姓陈',
      /请确认/,
    );
    expect(first).toMatch(/^我：我11月20号买的电饭煲/);
    expect(first).toMatch(/〔投诉 TS-\d{8}-\d{4} · 已受理〕/);
    const second = await type('对', /〔投诉 TS-\d{8}-\d{4} · [^〕]+〕/);
    const code = second.match(codePattern)![0];
    expect(second).toContain(`编号 ${code}`);
    expect(await findComplaint(desk.db, code)).toMatchObject({
      channel: 'terminal',
      fields: { product: '电饭煲', phone: '13912345678' },
    });
  });

  it('prints an agent’s reply that arrives while chatting', async () => {
    const code = output.match(codePattern)![0];
    expect((await desk.admin.post(`/complaints/${code}/claim`, adminToken)).status).toBe(200);
    const from = output.length;
    await desk.admin.post(`/complaints/${code}/messages`, adminToken, { text: '陈女士您好，我是客服小王' });
    await waitFor('the agent reply', () => output.slice(from).includes('人工客服：陈女士您好，我是客服小王'));
  });

  it('prints, once, an agent reply another process stored (the console of a running server)', async () => {
    const { id } = await conversation('terminal-test-1');
    const from = output.length;
    await recordOutbound(desk.db, {
      conversationId: id,
      complaintId: null,
      author: 'agent',
      text: '退货已经给您办好了',
      at: new Date(),
    });
    await waitFor('the stored reply', () => output.slice(from).includes('人工客服：退货已经给您办好了'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(output.slice(from).match(/退货已经给您办好了/g)).toHaveLength(1);
    expect(output.slice(from).match(/陈女士您好/g)).toBeNull();
  });

  it('starts a new session with /new: a new conversation, greeted again', async () => {
    const text = await type('/new', /新会话[\s\S]*客服助手：.*小满电器/);
    expect(text).toMatch(/新会话/);
    await type('在吗', /客服助手：/);
    const fresh = await conversation('terminal-test-2');
    const old = await conversation('terminal-test-1');
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.complaintId).toBeNull();
  });

  it('marks a late reply to the earlier session as such', async () => {
    const code = output.match(codePattern)![0];
    const from = output.length;
    await desk.admin.post(`/complaints/${code}/messages`, adminToken, { text: '还有问题随时找我' });
    await waitFor('the late reply', () => output.slice(from).includes('（之前的会话）人工客服：还有问题随时找我'));
  });

  it('ends with /quit', async () => {
    input.write('/quit\n');
    await waitFor('the chat to end', () => done);
  });
});
