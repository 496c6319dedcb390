// Accounts and accountability: agent accounts managed by admins, and the audit log every state change writes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AdminDesk, adminToken, createAdminDesk } from './admin-fixtures.ts';

let desk: AdminDesk;
beforeEach(async () => {
  desk = await createAdminDesk();
});
afterEach(() => desk.dispose());

describe('audit log and accounts', () => {
  it('writes an audit row for every state-changing route', async () => {
    const { code } = await desk.frontlineComplaint();
    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    await desk.admin.post(`/complaints/${code}/messages`, agent.token, { text: '您好' });
    await desk.admin.post(`/complaints/${code}/messages`, agent.token, { text: '备注', private: true });
    const proposal = await desk.admin.post(`/complaints/${code}/proposals`, agent.token, {
      remedies: ['道歉'],
      text: '道歉',
    });
    await desk.admin.post(`/complaints/${code}/proposals/${proposal.body.proposal.id}/response`, agent.token, {
      accepted: false,
    });
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
    expect((await desk.conversationOf(chat.sessionId)).owner).toBe('bot');

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
