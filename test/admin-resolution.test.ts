// Resolving complaints: agents' proposals within their approval limits, the customer's answer, closing with the
// survey invitation, and the case file an agent reads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AdminDesk, createAdminDesk } from './admin-fixtures.ts';

let desk: AdminDesk;
beforeEach(async () => {
  desk = await createAdminDesk();
});
afterEach(() => desk.dispose());

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
    expect(res.body.proposal).toMatchObject({
      remedies: ['更换产品'],
      status: 'open',
      proposedBy: `agent:${agent.id}`,
    });
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
    const res = await desk.admin.post(`/complaints/${code}/proposals`, agent.token, {
      remedies: ['退款'],
      text: '退款',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(
      (await desk.admin.post(`/complaints/${code}/proposals`, agent.token, { remedies: [], text: 'x' })).status,
    ).toBe(400);
  });

  it('records a refusal (stays open, investigating) and an acceptance (closes as accepted)', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const first = await desk.admin.post(`/complaints/${code}/proposals`, agent.token, {
      remedies: ['道歉'],
      text: '郑重道歉',
    });
    const refused = await desk.admin.post(
      `/complaints/${code}/proposals/${first.body.proposal.id}/response`,
      agent.token,
      {
        accepted: false,
        note: '电话里顾客说不够',
      },
    );
    expect(refused.status).toBe(200);
    expect(refused.body.proposal.status).toBe('refused');
    expect(refused.body.complaint).toMatchObject({ status: 'investigating', closedAt: null });
    const again = await desk.admin.post(
      `/complaints/${code}/proposals/${first.body.proposal.id}/response`,
      agent.token,
      {
        accepted: true,
      },
    );
    expect(again.status).toBe(409);

    const second = await desk.admin.post(`/complaints/${code}/proposals`, agent.token, {
      remedies: ['退货', '支付补偿'],
      text: '全额退货并补偿 100 元',
      amount: 100,
    });
    const accepted = await desk.admin.post(
      `/complaints/${code}/proposals/${second.body.proposal.id}/response`,
      agent.token,
      {
        accepted: true,
      },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.complaint).toMatchObject({ status: 'closed', outcome: 'accepted' });
    const row = await desk.db.complaint.findUniqueOrThrow({ where: { code } });
    expect(row.remedyAgreed).toMatchObject({ remedies: ['退货', '支付补偿'], amount: 100 });
    expect(desk.deliveredTo(chat.sessionId).at(-1)?.text).toContain('1-5 分');
    expect(
      (await desk.admin.post(`/complaints/${code}/proposals/unknown/response`, agent.token, { accepted: true })).status,
    ).toBe(409);
  });
});

describe('close', () => {
  it('tells the customer, invites a 1-5 score, and the bot reads the answer', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    desk.clock.advance(3_600_000);
    const res = await desk.admin.post(`/complaints/${code}/close`, agent.token, {
      outcome: 'accepted',
      note: '已换货',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'closed',
      outcome: 'accepted',
      queue: null,
      closedAt: desk.clock.now().toISOString(),
    });

    const told = desk.deliveredTo(chat.sessionId).map((e) => e.text);
    expect(told).toHaveLength(2);
    expect(told[0]).toContain(code);
    expect(told[1]).toContain('请给这次处理打个分：1-5 分');
    const conversation = await desk.conversationOf(chat.sessionId);
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
    expect((await desk.admin.post(`/complaints/${code}/close`, agent.token, { outcome: 'unresolved' })).status).toBe(
      200,
    );
    const closing = desk.deliveredTo(chat.sessionId)[0]!.text;
    for (const route of ['消委会', '12315', '仲裁', '法院']) expect(closing).toContain(route);
  });

  it('refuses to close twice, or with an unknown outcome', async () => {
    const { code } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    expect((await desk.admin.post(`/complaints/${code}/close`, agent.token, { outcome: 'solved' })).status).toBe(400);
    expect((await desk.admin.post(`/complaints/${code}/close`, agent.token, { outcome: 'withdrawn' })).status).toBe(
      200,
    );
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
