// The SLA clock over a real database and a hand-moved clock: complaints opened through the web chat, warnings before
// a deadline, escalation and an apology when one passes, progress notes to the customer, and nothing done twice,
// not by a second pass and not by a new desk started over the same database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSlaPolicy } from '../src/complaint/sla-policy.ts';
import { composeDesk } from '../src/compose-desk.ts';
import { createKnowledgeBase } from '../src/knowledge/index.ts';
import { silentLogger } from '../src/log.ts';
import { type AdminDesk, createAdminDesk } from './admin-fixtures.ts';
import { sharedModel } from './desk.ts';
import { waitFor } from './wait-for.ts';

const hour = 3_600_000;

let desk: AdminDesk;
beforeEach(async () => {
  desk = await createAdminDesk();
});
afterEach(() => desk.dispose());

/** Moves the clock to `hours` after the complaints were opened (the fixture clock's start). */
const start = new Date('2026-11-28T10:00:00+08:00');
function at(hours: number) {
  desk.clock.set(new Date(start.getTime() + hours * hour));
}

async function eventsOf(code: string, type?: string) {
  return desk.db.complaintEvent.findMany({
    where: { complaint: { code }, ...(type ? { type } : {}) },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  });
}

async function slaEvents(code: string): Promise<string[]> {
  const events = await eventsOf(code);
  return events.filter((e) => e.actor === 'system').map((e) => e.type);
}

/** A second desk over the same database, as after a restart: nothing in memory but what it reads back. */
async function restartedDesk() {
  const kb = await createKnowledgeBase({ db: desk.db, log: silentLogger });
  return composeDesk({
    db: desk.db,
    log: silentLogger,
    now: desk.clock.now,
    timeZone: 'Asia/Shanghai',
    shopName: '小满电器',
    sla: defaultSlaPolicy,
    model: sharedModel(),
    kb,
  });
}

describe('first contact (24 h, frontline)', () => {
  it('warns at 20 h, escalates to a specialist past 24 h and tells the customer, once', async () => {
    const { code, chat } = await desk.frontlineComplaint();

    at(17);
    expect((await desk.sla.tick()).changed).toEqual([]);
    at(20);
    expect((await desk.sla.tick()).changed).toEqual([code]);
    expect(await slaEvents(code)).toEqual(['sla_warning_first_contact']);
    const [warning] = await eventsOf(code, 'sla_warning_first_contact');
    expect(warning!.note).toBe('首次人工联系时限（11月29日10:00）将到，尚无工作人员联系顾客');
    expect(desk.deliveredTo(chat.sessionId)).toEqual([]);
    await desk.sla.tick();
    expect(await slaEvents(code)).toEqual(['sla_warning_first_contact']);

    at(24 + 1 / 60);
    await desk.sla.tick();
    const row = await desk.db.complaint.findUniqueOrThrow({ where: { code } });
    expect(row).toMatchObject({
      queue: 'specialist',
      escalationLevel: 'specialist',
      assigneeId: null,
      handoffReason: 'sla_breach',
      lastCustomerUpdateAt: desk.clock.now(),
      nextProgressDueAt: new Date(desk.clock.now().getTime() + 48 * hour),
    });
    expect(await slaEvents(code)).toEqual([
      'sla_warning_first_contact',
      'sla_breach_first_contact',
      'escalated',
      'sla_progress_notice',
    ]);
    const [escalated] = await eventsOf(code, 'escalated');
    expect(escalated!.note).toBe('超时自动升级（投诉递进）：一线客服 → 投诉专员');

    const notices = desk.deliveredTo(chat.sessionId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ author: 'system' });
    expect(notices[0]!.text).toContain(code);
    expect(notices[0]!.text).toContain('升级给投诉专员');
    expect(notices[0]!.text).toMatch(/12月5日10:00前给出处理结果/);
    const history = await desk.call('GET', `/api/chat/sessions/${chat.sessionId}/messages`);
    expect(history.body.items.at(-1)).toMatchObject({ text: notices[0]!.text, author: 'system' });

    // a second pass, and a new desk over the same database, find nothing left to do
    expect((await desk.sla.tick()).changed).toEqual([]);
    const again = await restartedDesk();
    const seen: string[] = [];
    again.bus.on('toCustomer', (e) => seen.push(e.text));
    expect((await again.sla.tick()).changed).toEqual([]);
    expect(seen).toEqual([]);
    expect(await slaEvents(code)).toHaveLength(4);
    expect(desk.deliveredTo(chat.sessionId)).toHaveLength(1);

    // the apology restarted the progress clock: the next note is 48 h after it
    at(48);
    expect((await desk.sla.tick()).changed).toEqual([]);
    at(72 + 1 / 60);
    expect((await again.sla.tick()).changed).toEqual([code]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain(`向您同步投诉 ${code} 的最新进展`);
    expect(seen[0]).toContain('投诉正在等待投诉专员接手处理');
    expect((await desk.sla.tick()).changed).toEqual([]);
  });

  it('catches up after the desk was down: breach and escalation without the warning it missed', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    at(30);
    const restarted = await restartedDesk();
    await restarted.sla.tick();
    expect(await slaEvents(code)).toEqual(['sla_breach_first_contact', 'escalated', 'sla_progress_notice']);
    await desk.sla.tick();
    expect(await slaEvents(code)).toHaveLength(3);
    expect(desk.deliveredTo(chat.sessionId)).toHaveLength(0); // the restarted desk's bus delivered it
    const stored = await desk.db.message.findMany({ where: { complaint: { code }, author: 'system' } });
    expect(stored).toHaveLength(1);
  });

  it('stops the first-contact clock once an agent claims the complaint', async () => {
    const { code } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    at(10);
    expect((await desk.admin.post(`/complaints/${code}/claim`, agent.token)).status).toBe(200);
    at(30);
    await desk.sla.tick();
    expect(await slaEvents(code)).toEqual([]);
    expect(await desk.db.complaint.findUniqueOrThrow({ where: { code } })).toMatchObject({
      assigneeId: agent.id,
      escalationLevel: 'frontline',
    });
  });
});

describe('safety (2 h, specialist)', () => {
  it('warns at 1.5 h and escalates to a supervisor at 2 h', async () => {
    const { code, chat } = await desk.specialistComplaint();
    at(1.4);
    await desk.sla.tick();
    expect(await slaEvents(code)).toEqual([]);
    at(1.5);
    await desk.sla.tick();
    expect(await slaEvents(code)).toEqual(['sla_warning_first_contact']);
    at(2);
    await desk.sla.tick();
    expect(await slaEvents(code)).toEqual([
      'sla_warning_first_contact',
      'sla_breach_first_contact',
      'escalated',
      'sla_progress_notice',
    ]);
    expect(await desk.db.complaint.findUniqueOrThrow({ where: { code } })).toMatchObject({
      queue: 'specialist',
      escalationLevel: 'supervisor',
    });
    expect(desk.deliveredTo(chat.sessionId).map((e) => e.text)).toEqual([expect.stringContaining('升级给投诉主管')]);

    const specialist = await desk.addAgent('specialist');
    expect((await desk.admin.post(`/complaints/${code}/claim`, specialist.token)).status).toBe(403);
    const supervisor = await desk.addAgent('supervisor');
    expect((await desk.admin.post(`/complaints/${code}/claim`, supervisor.token)).status).toBe(200);
  });
});

describe('progress notes (every 48 h)', () => {
  it('tells the customer at 48 h, and counts an agent reply as a progress update', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    at(1);
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    at(47.9);
    await desk.sla.tick();
    expect(desk.deliveredTo(chat.sessionId)).toEqual([]);
    at(48);
    await desk.sla.tick();
    const [note] = desk.deliveredTo(chat.sessionId);
    expect(note).toMatchObject({ author: 'system' });
    expect(note!.text).toContain(code);
    expect(note!.text).toContain('一线客服正在调查核实');
    expect(note!.text).toContain('12月5日10:00前给出处理结果');
    expect(await slaEvents(code)).toEqual(['sla_progress_notice']);
    await desk.sla.tick();
    expect(desk.deliveredTo(chat.sessionId)).toHaveLength(1);

    at(50);
    expect((await desk.admin.post(`/complaints/${code}/messages`, agent.token, { text: '正在联系厂家' })).status).toBe(
      201,
    );
    expect(await desk.db.complaint.findUniqueOrThrow({ where: { code } })).toMatchObject({
      lastCustomerUpdateAt: desk.clock.now(),
      nextProgressDueAt: new Date(desk.clock.now().getTime() + 48 * hour),
    });
    at(97);
    await desk.sla.tick();
    expect(desk.deliveredTo(chat.sessionId)).toHaveLength(2); // the note at 48 h and the agent's reply
    at(98);
    await desk.sla.tick();
    expect(desk.deliveredTo(chat.sessionId)).toHaveLength(3);
  });

  it('counts a proposal shown to the customer as a progress update', async () => {
    const { code } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    at(30);
    const proposed = await desk.admin.post(`/complaints/${code}/proposals`, agent.token, {
      remedies: ['更换产品'],
      text: '给您换一台新的烤箱',
    });
    expect(proposed.status).toBe(201);
    expect(await desk.db.complaint.findUniqueOrThrow({ where: { code } })).toMatchObject({
      lastCustomerUpdateAt: desk.clock.now(),
      nextProgressDueAt: new Date(desk.clock.now().getTime() + 48 * hour),
    });
  });

  it('a private note is not a progress update', async () => {
    const { code } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    const before = await desk.db.complaint.findUniqueOrThrow({ where: { code } });
    at(5);
    await desk.admin.post(`/complaints/${code}/messages`, agent.token, { text: '内部备注', private: true });
    const after = await desk.db.complaint.findUniqueOrThrow({ where: { code } });
    expect(after.nextProgressDueAt).toEqual(before.nextProgressDueAt);
    expect(after.lastCustomerUpdateAt).toBeNull();
  });
});

describe('resolution (7 days)', () => {
  it('notes progress before the deadline, then escalates the assigned complaint and gives the chat back to the bot', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    at(1);
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    for (const hours of [48, 96, 126, 150, 168]) {
      at(hours);
      await desk.sla.tick();
    }
    expect(await slaEvents(code)).toEqual([
      'sla_progress_notice', // 48 h
      'sla_progress_notice', // 96 h
      'sla_warning_resolution', // 126 h: a quarter of 7 days before the deadline
      'sla_progress_notice', // before the deadline
      'sla_breach_resolution', // 168 h
      'escalated',
      'sla_progress_notice',
    ]);
    const texts = desk.deliveredTo(chat.sessionId).map((e) => e.text);
    expect(texts).toHaveLength(4);
    expect(texts[2]).toContain('承诺的处理时限快到了');
    expect(texts[2]).toContain('12月5日10:00前给出处理结果');
    expect(texts[3]).toContain('没能在承诺的时限内处理完毕');
    expect(texts[3]).toContain('升级给投诉专员');
    expect(await desk.db.complaint.findUniqueOrThrow({ where: { code } })).toMatchObject({
      queue: 'specialist',
      escalationLevel: 'specialist',
      assigneeId: null,
    });
    expect(await desk.conversationOf(chat.sessionId)).toMatchObject({ owner: 'bot', agentId: null });
  });

  it('a closed complaint has no timers', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    at(2);
    expect((await desk.admin.post(`/complaints/${code}/close`, agent.token, { outcome: 'accepted' })).status).toBe(200);
    const delivered = desk.deliveredTo(chat.sessionId).length;
    at(500);
    expect(await desk.sla.tick()).toEqual({ checked: 0, changed: [] });
    expect(await slaEvents(code)).toEqual([]);
    expect(desk.deliveredTo(chat.sessionId)).toHaveLength(delivered);
  });
});

describe('the scheduler', () => {
  it('runs a catch-up pass as soon as it starts, then on its interval, and stops cleanly', async () => {
    const { code, chat } = await desk.frontlineComplaint();
    at(25);
    desk.sla.start(1);
    await waitFor('the catch-up pass', async () => (await slaEvents(code)).length === 3);
    at(73 + 1 / 60);
    await waitFor('the next pass', async () => (await slaEvents(code)).length === 4);
    await desk.sla.stop();
    expect(await slaEvents(code)).toEqual([
      'sla_breach_first_contact',
      'escalated',
      'sla_progress_notice',
      'sla_progress_notice',
    ]);
    expect(desk.deliveredTo(chat.sessionId)).toHaveLength(2);
  });
});
