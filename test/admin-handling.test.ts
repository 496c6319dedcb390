// Agents working complaints end to end: complaints opened through the web chat, then claimed, answered, transferred,
// proposed on and closed through the admin API, checking the stored records and what reached the customer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AdminDesk, adminToken, createAdminDesk } from './admin-fixtures.ts';

let desk: AdminDesk;
beforeEach(async () => {
  desk = await createAdminDesk();
});
afterEach(() => desk.dispose());

async function conversationOf(sessionId: string) {
  return desk.db.conversation.findUniqueOrThrow({ where: { channel_externalId: { channel: 'web', externalId: sessionId } } });
}

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
    const results = await Promise.all(Array.from({ length: 10 }, () => desk.admin.post(`/complaints/${code}/claim`, agent.token)));
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
  });

  it('makes the agent the owner: investigating, first human contact, and the bot falls silent', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline', '小王');
    desk.clock.advance(10 * 60_000);
    const res = await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code, status: 'investigating', assignee: { id: agent.id, name: '小王', role: 'frontline' } });
    expect(res.body.firstHumanContactAt).toBe(desk.clock.now().toISOString());
    const conversation = await conversationOf(chat.sessionId);
    expect(conversation).toMatchObject({ owner: 'agent', agentId: agent.id });

    const reply = await chat.say('你好，有人吗？我的订单一直没发货');
    expect(reply.status).toBe(200);
    expect(reply.body.replies).toEqual([]);
    const detail = await desk.admin.get(`/complaints/${code}`, agent.token);
    expect(detail.body.messages.at(-1)).toMatchObject({ direction: 'inbound', text: '你好，有人吗？我的订单一直没发货' });
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
    expect((await desk.admin.post(`/complaints/${code}/close`, specialist.token, { outcome: 'withdrawn' })).status).toBe(200);
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
    const res = await desk.admin.post(`/complaints/${code}/messages`, agent.token, { text: '您好，我是客服小王，马上帮您查。' });
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
    expect((await desk.admin.post(`/complaints/${code}/messages`, supervisor.token, { text: '我是主管' })).status).toBe(201);
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
    expect(res.body).toMatchObject({ queue: 'specialist', assignee: null, escalationLevel: 'specialist', status: 'investigating' });
    expect((await conversationOf(chat.sessionId)).owner).toBe('bot');

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
    const res = await desk.admin.post(`/complaints/${code}/transfer`, specialist.token, { queue: 'supervisor', note: '涉及人身伤害' });
    expect(res.body).toMatchObject({ queue: 'specialist', escalationLevel: 'supervisor', assignee: null });
    const another = await desk.addAgent('specialist');
    expect((await desk.admin.post(`/complaints/${code}/claim`, another.token)).status).toBe(403);
    const supervisor = await desk.addAgent('supervisor');
    expect((await desk.admin.post(`/complaints/${code}/claim`, supervisor.token)).status).toBe(200);
  });

  it("refuses a transfer by someone who does not hold the complaint", async () => {
    const { code } = await desk.frontlineComplaint();
    const owner = await desk.addAgent('frontline');
    const other = await desk.addAgent('frontline');
    expect((await desk.admin.post(`/complaints/${code}/transfer`, other.token, { queue: 'specialist' })).status).toBe(409);
    await desk.admin.post(`/complaints/${code}/claim`, owner.token);
    expect((await desk.admin.post(`/complaints/${code}/transfer`, other.token, { queue: 'specialist' })).status).toBe(403);
    expect((await desk.admin.post(`/complaints/${code}/transfer`, owner.token, { queue: 'managers' })).status).toBe(400);
  });

  it('releases to the bot without closing; asking for a human queues it afresh', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const res = await desk.admin.post(`/complaints/${code}/release`, agent.token, { note: '顾客说先自己试试' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'investigating', assignee: null, queue: null, escalationLevel: 'bot' });
    expect((await conversationOf(chat.sessionId)).owner).toBe('bot');
    const waiting = await desk.admin.get('/queues/frontline', agent.token);
    expect(waiting.body.items.map((c: { code: string }) => c.code)).not.toContain(code);

    const again = await chat.say('还是转人工吧');
    expect(again.body.replies.length).toBeGreaterThan(0);
    expect(again.body.complaint).toMatchObject({ code, queue: 'frontline' });
  });
});

describe('proposals', () => {
  it('holds each role to its approval limit (frontline ≤ 200, specialist ≤ 2000, supervisor above)', async () => {
    const { code } = await desk.frontlineComplaint();
    const frontline = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, frontline.token);
    const tooMuch = await desk.admin.post(`/complaints/${code}/proposals`, frontline.token, {
      remedies: ['支付补偿'],
      text: '补偿您 500 元',
      amount: 500,
    });
    expect(tooMuch.status).toBe(403);
    expect(tooMuch.body.error).toEqual({ code: 'forbidden', message: expect.stringMatching(/200 元.*200 yuan/s) });
    const ok = await desk.admin.post(`/complaints/${code}/proposals`, frontline.token, {
      remedies: ['支付补偿', '道歉'],
      text: '向您道歉并补偿 200 元',
      amount: 200,
    });
    expect(ok.status).toBe(201);

    const specialist = await desk.addAgent('specialist');
    const supervisor = await desk.addAgent('supervisor');
    await desk.admin.post(`/complaints/${code}/transfer`, frontline.token, { queue: 'specialist' });
    await desk.admin.post(`/complaints/${code}/claim`, specialist.token);
    const body = (amount: number) => ({ remedies: ['支付补偿'], text: `补偿 ${amount} 元`, amount });
    expect((await desk.admin.post(`/complaints/${code}/proposals`, specialist.token, body(2000))).status).toBe(201);
    expect((await desk.admin.post(`/complaints/${code}/proposals`, specialist.token, body(2500))).status).toBe(403);
    expect((await desk.admin.post(`/complaints/${code}/proposals`, supervisor.token, body(8000))).status).toBe(201);
  });

  it('shows the proposal to the customer and moves the complaint to proposed', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const res = await desk.admin.post(`/complaints/${code}/proposals`, agent.token, {
      remedies: ['更换产品'],
      text: '给您免费换一台新的，明天发出',
    });
    expect(res.status).toBe(201);
    expect(res.body.proposal).toMatchObject({ remedies: ['更换产品'], status: 'open', proposedBy: `agent:${agent.id}` });
    expect(res.body.complaint.status).toBe('proposed');
    expect(desk.deliveredTo(chat.sessionId).at(-1)?.text).toContain('给您免费换一台新的，明天发出');
    const detail = await desk.admin.get(`/complaints/${code}`, agent.token);
    expect(detail.body.proposals).toHaveLength(1);
    expect(detail.body.timeline.at(-1)).toMatchObject({ type: 'proposed' });
  });

  it('refuses remedies outside SPEC §3', async () => {
    const { code } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const res = await desk.admin.post(`/complaints/${code}/proposals`, agent.token, { remedies: ['退款'], text: '退款' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect((await desk.admin.post(`/complaints/${code}/proposals`, agent.token, { remedies: [], text: 'x' })).status).toBe(400);
  });

  it('records a refusal (stays open, investigating) and an acceptance (closes as accepted)', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const first = await desk.admin.post(`/complaints/${code}/proposals`, agent.token, { remedies: ['道歉'], text: '郑重道歉' });
    const refused = await desk.admin.post(`/complaints/${code}/proposals/${first.body.proposal.id}/response`, agent.token, {
      accepted: false,
      note: '电话里顾客说不够',
    });
    expect(refused.status).toBe(200);
    expect(refused.body.proposal.status).toBe('refused');
    expect(refused.body.complaint).toMatchObject({ status: 'investigating', closedAt: null });
    const again = await desk.admin.post(`/complaints/${code}/proposals/${first.body.proposal.id}/response`, agent.token, {
      accepted: true,
    });
    expect(again.status).toBe(409);

    const second = await desk.admin.post(`/complaints/${code}/proposals`, agent.token, {
      remedies: ['退货', '支付补偿'],
      text: '全额退货并补偿 100 元',
      amount: 100,
    });
    const accepted = await desk.admin.post(`/complaints/${code}/proposals/${second.body.proposal.id}/response`, agent.token, {
      accepted: true,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.complaint).toMatchObject({ status: 'closed', outcome: 'accepted' });
    const row = await desk.db.complaint.findUniqueOrThrow({ where: { code } });
    expect(row.remedyAgreed).toMatchObject({ remedies: ['退货', '支付补偿'], amount: 100 });
    expect(desk.deliveredTo(chat.sessionId).at(-1)?.text).toContain('1-5 分');
    expect((await desk.admin.post(`/complaints/${code}/proposals/unknown/response`, agent.token, { accepted: true })).status).toBe(
      409,
    );
  });
});

describe('close', () => {
  it('tells the customer, invites a 1-5 score, and the bot reads the answer', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    desk.clock.advance(3_600_000);
    const res = await desk.admin.post(`/complaints/${code}/close`, agent.token, { outcome: 'accepted', note: '已换货' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'closed', outcome: 'accepted', queue: null, closedAt: desk.clock.now().toISOString() });

    const told = desk.deliveredTo(chat.sessionId).map((e) => e.text);
    expect(told).toHaveLength(2);
    expect(told[0]).toContain(code);
    expect(told[1]).toContain('请给这次处理打个分：1-5 分');
    const conversation = await conversationOf(chat.sessionId);
    expect(conversation.owner).toBe('bot');
    expect(conversation.state).toMatchObject({ phase: 'survey', complaintCode: code });

    const answer = await chat.say('5');
    expect(answer.body.replies.length).toBeGreaterThan(0);
    const survey = await desk.db.surveyResponse.findFirstOrThrow({ where: { complaint: { code } } });
    expect(survey.score).toBe(5);
  });

  it('lists the external routes of guide 七 when unresolved', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    expect((await desk.admin.post(`/complaints/${code}/close`, agent.token, { outcome: 'unresolved' })).status).toBe(200);
    const closing = desk.deliveredTo(chat.sessionId)[0]!.text;
    for (const route of ['消委会', '12315', '仲裁', '法院']) expect(closing).toContain(route);
  });

  it('refuses to close twice, or with an unknown outcome', async () => {
    const { code } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    expect((await desk.admin.post(`/complaints/${code}/close`, agent.token, { outcome: 'solved' })).status).toBe(400);
    expect((await desk.admin.post(`/complaints/${code}/close`, agent.token, { outcome: 'withdrawn' })).status).toBe(200);
    const twice = await desk.admin.post(`/complaints/${code}/close`, agent.token, { outcome: 'withdrawn' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('conflict');
  });
});

describe('complaint detail', () => {
  it('has the timeline, the conversation and a handoff summary', async () => {
    const { code } = await desk.specialistComplaint();
    const res = await desk.admin.get(`/complaints/${code}`, (await desk.addAgent('frontline')).token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code, severity: 'critical', safety: true, queue: 'specialist' });
    expect(res.body.timeline.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['received', 'acknowledged', 'assessed', 'handed_off']),
    );
    for (const entry of res.body.timeline) expect(Object.keys(entry).sort()).toEqual(['actor', 'at', 'note', 'type']);
    expect(res.body.messages[0]).toMatchObject({ direction: 'outbound', author: 'bot' });
    expect(res.body.messages).toContainEqual(
      expect.objectContaining({ direction: 'inbound', author: 'customer', text: '电热水壶插上就冒烟，手被电了一下' }),
    );
    expect(res.body.summary).toContain(code);
    expect(res.body.summary).toContain('安全');
    expect(res.body.summary).toContain('电热水壶');
  });
});

describe('audit log and accounts', () => {
  it('writes an audit row for every state-changing route', async () => {
    const { code } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    await desk.admin.post(`/complaints/${code}/messages`, agent.token, { text: '您好' });
    await desk.admin.post(`/complaints/${code}/messages`, agent.token, { text: '备注', private: true });
    const proposal = await desk.admin.post(`/complaints/${code}/proposals`, agent.token, { remedies: ['道歉'], text: '道歉' });
    await desk.admin.post(`/complaints/${code}/proposals/${proposal.body.proposal.id}/response`, agent.token, { accepted: false });
    await desk.admin.post(`/complaints/${code}/release`, agent.token);
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    await desk.admin.post(`/complaints/${code}/transfer`, agent.token, { queue: 'specialist' });
    await desk.admin.post(`/complaints/${code}/close`, adminToken, { outcome: 'withdrawn' });
    const rows = await desk.db.auditLog.findMany({ where: { target: code }, orderBy: { at: 'asc' } });
    expect(rows.map((r) => r.action)).toEqual([
      'complaint.claim',
      'complaint.message',
      'complaint.note',
      'complaint.propose',
      'complaint.proposal_response',
      'complaint.release',
      'complaint.claim',
      'complaint.transfer',
      'complaint.close',
    ]);
    expect(rows.slice(0, -1).every((r) => r.actor === `agent:${agent.id}`)).toBe(true);
  });

  it('creates an agent with a token shown once and stored hashed; lists accounts for supervisors', async () => {
    const res = await desk.admin.post('/agents', adminToken, { name: '李专员', role: 'specialist' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: '李专员',
      role: 'specialist',
      active: true,
      createdAt: expect.any(String),
      token: expect.stringMatching(/^qt_/),
    });
    const row = await desk.db.agent.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.tokenHash).not.toContain(res.body.token);
    expect((await desk.admin.get('/queues/frontline', res.body.token)).status).toBe(200);
    expect((await desk.admin.post('/agents', adminToken, { name: '张三', role: 'manager' })).status).toBe(400);
    expect((await desk.admin.post('/agents', adminToken, { name: '   ', role: 'frontline' })).status).toBe(400);

    const supervisor = await desk.addAgent('supervisor');
    const list = await desk.admin.get('/agents', supervisor.token);
    expect(list.body.items.map((a: { name: string }) => a.name)).toContain('李专员');
    expect(JSON.stringify(list.body)).not.toMatch(/token/i);
    expect(await desk.db.auditLog.count({ where: { action: 'agent.create' } })).toBe(2);
  });

  it('deactivates an agent: the token stops working and their complaints go back to the queue', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const res = await desk.admin.patch(`/agents/${agent.id}`, adminToken, { active: false });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await desk.admin.get('/queues/frontline', agent.token)).status).toBe(401);
    const complaint = await desk.admin.get(`/complaints/${code}`, adminToken);
    expect(complaint.body).toMatchObject({ assignee: null, queue: 'frontline' });
    expect((await conversationOf(chat.sessionId)).owner).toBe('bot');

    const reactivated = await desk.admin.patch(`/agents/${agent.id}`, adminToken, { active: true, role: 'specialist' });
    expect(reactivated.body).toMatchObject({ active: true, role: 'specialist' });
    expect((await desk.admin.get('/queues/specialist', agent.token)).status).toBe(200);
    const reissued = await desk.admin.post(`/agents/${agent.id}/token`, adminToken);
    expect(reissued.status).toBe(200);
    expect((await desk.admin.get('/queues/frontline', agent.token)).status).toBe(401);
    expect((await desk.admin.get('/queues/frontline', reissued.body.token)).status).toBe(200);
  });

  it('never demotes or deactivates the last active admin', async () => {
    const admins = await desk.admin.get('/agents', adminToken);
    const self = admins.body.items.find((a: { role: string }) => a.role === 'admin');
    expect((await desk.admin.patch(`/agents/${self.id}`, adminToken, { active: false })).status).toBe(409);
    expect((await desk.admin.patch(`/agents/${self.id}`, adminToken, { role: 'supervisor' })).status).toBe(409);
    expect((await desk.admin.patch(`/agents/${self.id}`, adminToken, {})).status).toBe(400);
    expect((await desk.admin.patch('/agents/nobody', adminToken, { name: 'x' })).status).toBe(404);
  });
});
