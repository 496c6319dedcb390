// Agents working complaints end to end: complaints opened through the web chat, then claimed, answered, transferred,
// proposed on and closed through the admin API, checking the stored records and what reached the customer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AdminDesk, adminToken, createAdminDesk } from './admin-fixtures.ts';

let desk: AdminDesk;
beforeEach(async () => {
  desk = await createAdminDesk();
});
afterEach(() => desk.dispose());

describe('claim', () => {
  it('gives the complaint to exactly one of ten agents claiming at once', async () => {
    const { code } = await desk.frontlineComplaint();
    const agents = await Promise.all(
      Array.from({ length: 10 }, (_, i) => desk.addAgent(i % 2 ? 'frontline' : 'specialist', `agent-${i}`)),
    );
    const results = await Promise.all(agents.map((a) => desk.admin.post(`/complaints/${code}/claim`, a.token)));
    const won = results.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    for (const r of results.filter((r) => r.status === 409)) expect(r.body.error.code).toBe('conflict');

    const winner = agents.find((a) => a.id === won[0]!.body.assignee.id)!;
    const row = await desk.db.complaint.findUniqueOrThrow({ where: { code } });
    expect(row.assigneeId).toBe(winner.id);
    expect(await desk.db.complaintEvent.count({ where: { complaint: { code }, type: 'claimed' } })).toBe(1);
  });

  it('also refuses the same agent claiming twice at once', async () => {
    const { code } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => desk.admin.post(`/complaints/${code}/claim`, agent.token)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
  });

  it('makes the agent the owner: investigating, first human contact, and the bot falls silent', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline', '小王');
    desk.clock.advance(10 * 60_000);
    const res = await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code,
      status: 'investigating',
      assignee: { id: agent.id, name: '小王', role: 'frontline' },
    });
    expect(res.body.firstHumanContactAt).toBe(desk.clock.now().toISOString());
    const conversation = await desk.conversationOf(chat.sessionId);
    expect(conversation).toMatchObject({ owner: 'agent', agentId: agent.id });

    const reply = await chat.say('你好，有人吗？我的订单一直没发货');
    expect(reply.status).toBe(200);
    expect(reply.body.replies).toEqual([]);
    const detail = await desk.admin.get(`/complaints/${code}`, agent.token);
    expect(detail.body.messages.at(-1)).toMatchObject({
      direction: 'inbound',
      text: '你好，有人吗？我的订单一直没发货',
    });
  });

  it('keeps a frontline agent to frontline-level complaints', async () => {
    const { code } = await desk.specialistComplaint();
    const frontline = await desk.addAgent('frontline');
    const res = await desk.admin.post(`/complaints/${code}/claim`, frontline.token);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    const specialist = await desk.addAgent('specialist');
    expect((await desk.admin.post(`/complaints/${code}/claim`, specialist.token)).status).toBe(200);
  });

  it('lets a specialist take a frontline complaint, and refuses a closed or unknown one', async () => {
    const { code } = await desk.frontlineComplaint();
    const specialist = await desk.addAgent('specialist');
    expect((await desk.admin.post(`/complaints/${code}/claim`, specialist.token)).status).toBe(200);
    expect(
      (await desk.admin.post(`/complaints/${code}/close`, specialist.token, { outcome: 'withdrawn' })).status,
    ).toBe(200);
    const other = await desk.addAgent('specialist');
    expect((await desk.admin.post(`/complaints/${code}/claim`, other.token)).status).toBe(409);
    expect((await desk.admin.post('/complaints/TS-20261128-9999/claim', other.token)).status).toBe(404);
  });
});

describe('messages', () => {
  it('delivers a reply to the customer through the bus and stores it as an outbound agent message', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const res = await desk.admin.post(`/complaints/${code}/messages`, agent.token, {
      text: '您好，我是客服小王，马上帮您查。',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ direction: 'outbound', author: 'agent', private: false, agentId: agent.id });

    expect(desk.deliveredTo(chat.sessionId)).toEqual([
      expect.objectContaining({ text: '您好，我是客服小王，马上帮您查。', author: 'agent', messageId: res.body.id }),
    ]);
    const history = await desk.call('GET', `/api/chat/sessions/${chat.sessionId}/messages`);
    expect(history.body.items.at(-1)).toMatchObject({ text: '您好，我是客服小王，马上帮您查。', author: 'agent' });
  });

  it('keeps a private note from the customer', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    const colleague = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const res = await desk.admin.post(`/complaints/${code}/messages`, colleague.token, {
      text: '这位顾客上个月也投诉过，注意安抚',
      private: true,
    });
    expect(res.status).toBe(201);
    expect(res.body.private).toBe(true);
    expect(desk.deliveredTo(chat.sessionId)).toEqual([]);
    const history = await desk.call('GET', `/api/chat/sessions/${chat.sessionId}/messages`);
    expect(history.body.items.map((m: { text: string }) => m.text)).not.toContain('这位顾客上个月也投诉过，注意安抚');
    const detail = await desk.admin.get(`/complaints/${code}`, agent.token);
    expect(detail.body.messages).toContainEqual(
      expect.objectContaining({ text: '这位顾客上个月也投诉过，注意安抚', private: true, author: 'agent' }),
    );
  });

  it("lets only the assignee (or a supervisor) reply: someone else's is 403, an unclaimed one 409", async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const owner = await desk.addAgent('frontline');
    const other = await desk.addAgent('specialist');
    const supervisor = await desk.addAgent('supervisor');
    expect((await desk.admin.post(`/complaints/${code}/messages`, owner.token, { text: '您好' })).status).toBe(409);
    await desk.admin.post(`/complaints/${code}/claim`, owner.token);
    const refused = await desk.admin.post(`/complaints/${code}/messages`, other.token, { text: '您好' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await desk.admin.post(`/complaints/${code}/messages`, supervisor.token, { text: '我是主管' })).status).toBe(
      201,
    );
    expect(desk.deliveredTo(chat.sessionId).map((e) => e.text)).toEqual(['我是主管']);
  });
});

describe('transfer and release', () => {
  it('escalates to a specialist with the note on the timeline, and gives the conversation back to the bot', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const res = await desk.admin.post(`/complaints/${code}/transfer`, agent.token, {
      queue: 'specialist',
      note: '顾客要求赔偿 800 元，超出一线权限',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      queue: 'specialist',
      assignee: null,
      escalationLevel: 'specialist',
      status: 'investigating',
    });
    expect((await desk.conversationOf(chat.sessionId)).owner).toBe('bot');

    const detail = await desk.admin.get(`/complaints/${code}`, adminToken);
    expect(detail.body.timeline.at(-1)).toMatchObject({
      type: 'escalated',
      actor: `agent:${agent.id}`,
      note: expect.stringContaining('顾客要求赔偿 800 元，超出一线权限'),
    });
    const specialistQueue = await desk.admin.get('/queues/specialist', adminToken);
    expect(specialistQueue.body.items.map((c: { code: string }) => c.code)).toContain(code);
    expect((await chat.say('请问现在谁在处理？')).body.replies.length).toBeGreaterThan(0);
  });

  it('escalates to a supervisor: waits in the specialist queue, only a supervisor may claim it', async () => {
    const { code } = await desk.specialistComplaint();
    const specialist = await desk.addAgent('specialist');
    await desk.admin.post(`/complaints/${code}/claim`, specialist.token);
    const res = await desk.admin.post(`/complaints/${code}/transfer`, specialist.token, {
      queue: 'supervisor',
      note: '涉及人身伤害',
    });
    expect(res.body).toMatchObject({ queue: 'specialist', escalationLevel: 'supervisor', assignee: null });
    const another = await desk.addAgent('specialist');
    expect((await desk.admin.post(`/complaints/${code}/claim`, another.token)).status).toBe(403);
    const supervisor = await desk.addAgent('supervisor');
    expect((await desk.admin.post(`/complaints/${code}/claim`, supervisor.token)).status).toBe(200);
  });

  it('refuses a transfer by someone who does not hold the complaint', async () => {
    const { code } = await desk.frontlineComplaint();
    const owner = await desk.addAgent('frontline');
    const other = await desk.addAgent('frontline');
    expect((await desk.admin.post(`/complaints/${code}/transfer`, other.token, { queue: 'specialist' })).status).toBe(
      409,
    );
    await desk.admin.post(`/complaints/${code}/claim`, owner.token);
    expect((await desk.admin.post(`/complaints/${code}/transfer`, other.token, { queue: 'specialist' })).status).toBe(
      403,
    );
    expect((await desk.admin.post(`/complaints/${code}/transfer`, owner.token, { queue: 'managers' })).status).toBe(
      400,
    );
  });

  it('releases to the bot without closing; asking for a human queues it afresh', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const res = await desk.admin.post(`/complaints/${code}/release`, agent.token, { note: '顾客说先自己试试' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'investigating', assignee: null, queue: null, escalationLevel: 'bot' });
    expect((await desk.conversationOf(chat.sessionId)).owner).toBe('bot');
    const waiting = await desk.admin.get('/queues/frontline', agent.token);
    expect(waiting.body.items.map((c: { code: string }) => c.code)).not.toContain(code);

    const again = await chat.say('还是转人工吧');
    expect(again.body.replies.length).toBeGreaterThan(0);
    expect(again.body.complaint).toMatchObject({ code, queue: 'frontline' });
  });

  it('keeps the dialogue waiting after a transfer, so asking for a human again does not undo an escalation', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    const supervisor = await desk.addAgent('supervisor');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    await desk.admin.post(`/complaints/${code}/release`, agent.token);
    expect((await desk.conversationOf(chat.sessionId)).state).toMatchObject({ phase: 'registered' });
    await desk.admin.post(`/complaints/${code}/transfer`, supervisor.token, {
      queue: 'supervisor',
      note: '顾客第三次来电',
    });
    expect((await desk.conversationOf(chat.sessionId)).state).toMatchObject({ phase: 'handed_off' });

    await chat.say('转人工');
    const after = await desk.admin.get(`/complaints/${code}`, supervisor.token);
    expect(after.body).toMatchObject({ queue: 'specialist', escalationLevel: 'supervisor' });
  });
});
