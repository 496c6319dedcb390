// The WeChat channel end to end: contacts of a mocked WeChat account (wechaty-puppet-mock) talk to a real desk, and
// the tests check what each contact receives and what the desk stored.
import { FileBox } from 'file-box';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findComplaint } from '../../src/db/complaints.ts';
import { type AdminDesk, adminToken, createAdminDesk } from '../admin-fixtures.ts';
import { waitFor } from '../wait-for.ts';
import { openWechat, type WechatFixture } from './wechat-fixture.ts';

const codePattern = /TS-\d{8}-\d{4}/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let desk: AdminDesk;
let wechat: WechatFixture;
beforeAll(async () => {
  desk = await createAdminDesk();
  wechat = await openWechat(desk);
});
afterAll(async () => {
  await wechat?.stop();
  await desk?.dispose();
});

function conversationOf(externalId: string) {
  return desk.db.conversation.findUnique({ where: { channel_externalId: { channel: 'wechat', externalId } } });
}

async function inboundOf(externalId: string) {
  const conversation = await conversationOf(externalId);
  if (!conversation) return [];
  return desk.db.message.findMany({
    where: { conversationId: conversation.id, direction: 'inbound' },
    orderBy: { createdAt: 'asc' },
  });
}

describe('a complaint over WeChat', () => {
  it('is taken down, confirmed and given a code, without asking for a phone number', async () => {
    const chen = wechat.customer('陈女士');
    chen
      .say('你好，我11月20号在你们店买的电饭煲，订单号 DD20261120889，用了三天就开不了机了，我要退货，我姓陈')
      .to(wechat.bot);
    await waitFor('the summary to confirm', () => /核对|确认/.test(wechat.sentTo(chen).join('\n')));
    const [greeting] = wechat.sentTo(chen);
    expect(greeting).toMatch(/小满电器.*机器人/);
    const summary = wechat.sentTo(chen).find((t) => /确认/.test(t)) ?? '';
    expect(summary).toMatch(/DD20261120889/);
    // The WeChat identity is the contact: no phone number asked for.
    expect(summary).toMatch(/联系方式：本微信/);
    expect(wechat.sentTo(chen).join('\n')).not.toMatch(/手机号|电话/);

    chen.say('对').to(wechat.bot);
    await waitFor('the acknowledgement with a code', () => wechat.sentTo(chen).some((t) => codePattern.test(t)));
    const code = wechat.sentTo(chen).join('\n').match(codePattern)![0];

    const complaint = await findComplaint(desk.db, code);
    expect(complaint).toMatchObject({
      channel: 'wechat',
      fields: { product: '电饭煲', orderNumber: 'DD20261120889', customerName: '陈' },
    });
    const conversation = await conversationOf(chen.id);
    expect(conversation).toMatchObject({ externalId: chen.id, complaintId: expect.any(String) });
  });
});

describe('messages in a burst', () => {
  it('are answered as one turn: texts joined in order, the first message’s id', async () => {
    const li = wechat.customer('李先生');
    li.say('在吗').to(wechat.bot);
    li.say('我买的洗衣机').to(wechat.bot);
    li.say('送来的时候外壳是凹的').to(wechat.bot);
    await wechat.received(li, 1);
    await sleep(400);

    const inbound = await inboundOf(li.id);
    expect(inbound).toHaveLength(1);
    expect(inbound[0]?.text).toBe('在吗\n我买的洗衣机\n送来的时候外壳是凹的');
    const first = [...wechat.mocker.cacheMessagePayload.values()].find((p) => p.text === '在吗');
    expect(inbound[0]?.channelMessageId).toBe(first?.id);
    // One turn: the greeting and the answer to the story, not three rounds of questions.
    const conversation = await conversationOf(li.id);
    const bot = await desk.db.message.count({ where: { conversationId: conversation!.id, author: 'bot' } });
    expect(wechat.sentTo(li)).toHaveLength(bot);
  });
});

describe('a message delivered twice', () => {
  it('is processed and answered once', async () => {
    const wang = wechat.customer('王女士');
    const payload = { id: 'wx-msg-dup-1', talkerId: wang.id, text: '我要投诉，热水器不出热水' };
    wechat.deliver(payload);
    const replies = await wechat.received(wang, 1);
    wechat.deliver(payload);
    await sleep(500);
    expect(wechat.sentTo(wang)).toEqual(replies);
    expect(await inboundOf(wang.id)).toHaveLength(1);
  });

  it('is answered once even when the second copy comes after a restart of the channel’s memory', async () => {
    // The engine's own dedupe by channel message id, behind the channel's: a second desk connection knows nothing.
    const zhao = wechat.customer('赵先生');
    const payload = { id: 'wx-msg-dup-2', talkerId: zhao.id, text: '我的快递一直没到' };
    wechat.deliver(payload);
    const replies = await wechat.received(zhao, 1);
    const outcome = await desk.conversations.handleMessage({
      channel: 'wechat',
      externalId: zhao.id,
      text: payload.text,
      channelMessageId: payload.id,
      channelIsContact: true,
    });
    expect(outcome.duplicate).toBe(true);
    expect(wechat.sentTo(zhao)).toEqual(replies);
  });
});

describe('groups', () => {
  it('are ignored unless configured, and a configured one only when the bot is @-mentioned', async () => {
    const zhou = wechat.customer('周先生');
    const family = wechat.mocker.createRoom({ topic: '家人群', memberIdList: [wechat.bot.id, zhou.id] });
    const service = wechat.mocker.createRoom({ topic: '售后服务群', memberIdList: [wechat.bot.id, zhou.id] });
    zhou.say('@小满电器客服 我要投诉', [wechat.bot]).to(family);
    zhou.say('大家好').to(service);
    await sleep(500);
    expect(wechat.sentTo(family)).toEqual([]);
    expect(wechat.sentTo(service)).toEqual([]);
    expect(await conversationOf(`room:${family.id}/${zhou.id}`)).toBeNull();
    expect(await conversationOf(zhou.id)).toBeNull();

    zhou.say('@小满电器客服 电视机屏幕坏了', [wechat.bot]).to(service);
    const [reply = ''] = await wechat.received(service, 1);
    expect(reply).toMatch(/^@周先生 /);
    expect(await conversationOf(`room:${service.id}/${zhou.id}`)).not.toBeNull();
  });
});

describe('pictures and files', () => {
  it('become attachments of the stored message, named and referenced by the WeChat message', async () => {
    const sun = wechat.customer('孙女士');
    sun.say('电水壶底座烧焦了').to(wechat.bot);
    await wechat.received(sun, 1);
    sun.say(FileBox.fromBase64('iVBORw0KGgo=', 'kettle.png')).to(wechat.bot);
    wechat.deliver({ id: 'wx-file-1', talkerId: sun.id, type: 1, filename: '购物发票.pdf' });
    await waitFor('the attachments stored', async () => (await inboundOf(sun.id)).length >= 2);
    await sleep(300);

    const inbound = await inboundOf(sun.id);
    const image = [...wechat.mocker.cacheMessagePayload.values()].find((p) => p.talkerId === sun.id && p.type === 6);
    const attachments = inbound.flatMap((m) => m.attachments as unknown[]);
    expect(attachments).toEqual([
      { kind: 'image', name: `${image?.id}.jpg`, ref: image?.id },
      { kind: 'file', name: '购物发票.pdf', ref: 'wx-file-1' },
    ]);
    expect(inbound.at(-1)?.text).toBe(`[图片] ${image?.id}.jpg\n[文件] 购物发票.pdf`);
  });
});

describe('an agent’s reply', () => {
  it('reaches the customer’s WeChat', async () => {
    const qian = wechat.customer('钱先生');
    qian.say('转人工').to(wechat.bot);
    await waitFor('a queued complaint', () => wechat.sentTo(qian).some((t) => codePattern.test(t)));
    const code = wechat.sentTo(qian).join('\n').match(codePattern)![0];
    const before = wechat.sentTo(qian).length;

    expect((await desk.admin.post(`/complaints/${code}/claim`, adminToken)).status).toBe(200);
    const res = await desk.admin.post(`/complaints/${code}/messages`, adminToken, { text: '钱先生您好，我是客服小王' });
    expect(res.status).toBe(201);
    const all = await wechat.received(qian, before + 1);
    expect(all.slice(before)).toContain('钱先生您好，我是客服小王');
  });

  it('reaches a group member through the group, @-mentioning them', async () => {
    const wu = wechat.customer('吴女士');
    const service = wechat.mocker.createRoom({ topic: '售后服务群', memberIdList: [wechat.bot.id, wu.id] });
    desk.bus.emit('toCustomer', {
      conversationId: 'c-room',
      channel: 'wechat',
      externalId: `room:${service.id}/${wu.id}`,
      messageId: 'agent-msg-room',
      text: '吴女士您好，退款已经办好了',
      author: 'agent',
      at: new Date(),
    });
    expect(await wechat.received(service, 1)).toEqual(['@吴女士 吴女士您好，退款已经办好了']);
  });
});

describe('the connection', () => {
  it('logs an error into the status without dropping the login', async () => {
    const before = wechat.statuses.length;
    wechat.puppet.emit('error', { data: 'rpc timeout' });
    await waitFor('the error in the status', () => wechat.status().lastError?.message.includes('rpc timeout') ?? false);
    expect(wechat.status().state).toBe('logged_in');
    expect(wechat.statuses.slice(before).map((s) => s.state)).not.toContain('disconnected');
  });

  it('reconnects after a logout, showing each step, and delivers what was said meanwhile', async () => {
    const zheng = wechat.customer('郑先生');
    zheng.say('你好').to(wechat.bot);
    const replies = await wechat.received(zheng, 1);
    const before = wechat.statuses.length;

    await wechat.puppet.logout('手机端退出了网页版');
    await wechat.waitForState('disconnected', before);
    expect(wechat.status()).toMatchObject({ state: expect.stringMatching(/disconnected|starting|logged_in/) });
    desk.bus.emit('toCustomer', {
      conversationId: 'c-zheng',
      channel: 'wechat',
      externalId: zheng.id,
      messageId: 'agent-msg-offline',
      text: '郑先生，刚才断线了，现在回复您',
      author: 'agent',
      at: new Date(),
    });
    await wechat.waitForState('starting', before);
    if (!wechat.puppet.isLoggedIn) wechat.mocker.login(wechat.bot);
    await wechat.waitForState('logged_in', before);

    const states = wechat.statuses.slice(before).map((s) => s.state);
    expect(states.slice(0, 3)).toEqual(['disconnected', 'disconnected', 'starting']);
    const scheduled = wechat.statuses.slice(before).find((s) => s.nextRetryAt);
    expect(scheduled).toMatchObject({ reconnectAttempts: 1, lastError: { message: '手机端退出了网页版' } });
    expect(wechat.status()).toMatchObject({ state: 'logged_in', reconnectAttempts: 0, nextRetryAt: null });

    expect(await wechat.received(zheng, replies.length + 1)).toContain('郑先生，刚才断线了，现在回复您');
    zheng.say('我的空调不制冷').to(wechat.bot);
    await wechat.received(zheng, replies.length + 2);
  });
});
