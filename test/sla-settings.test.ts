// The shop's own stage deadlines: read by every agent, changed by an admin, stored in the Setting table and used for
// complaints assessed from then on, by the bot and by the SLA clock alike.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSlaPolicy } from '../src/complaint/sla-policy.ts';
import { loadSlaPolicy } from '../src/db/sla.ts';
import { type AdminDesk, adminToken, createAdminDesk } from './admin-fixtures.ts';

const hour = 3_600_000;

let desk: AdminDesk;
beforeEach(async () => {
  desk = await createAdminDesk();
});
afterEach(() => desk.dispose());

const put = (token: string, body: unknown) =>
  desk.call('PUT', '/api/admin/settings/sla', { headers: { authorization: `Bearer ${token}` }, body });

const faster = {
  ...defaultSlaPolicy,
  firstContactHours: { critical: 1, high: 8, medium: 12, low: 24 },
  progressIntervalHours: 24,
};

describe('GET|PUT /settings/sla', () => {
  it('shows the defaults of the sample policy to any agent', async () => {
    const agent = await desk.addAgent('frontline');
    const res = await desk.admin.get('/settings/sla', agent.token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      firstContactHours: { critical: 2, high: 24, medium: 24, low: 24 },
      resolutionHours: { critical: 168, high: 168, medium: 168, low: 168 },
      progressIntervalHours: 48,
      warnAtShare: 0.25,
    });
  });

  it('lets an admin set new deadlines, stored and used for the next complaint by the bot and the clock', async () => {
    const supervisor = await desk.addAgent('supervisor');
    expect((await put(supervisor.token, faster)).status).toBe(403);
    const res = await put(adminToken, faster);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(faster);
    expect(await loadSlaPolicy(desk.db)).toEqual(faster);

    const { code, chat } = await desk.frontlineComplaint();
    const row = await desk.db.complaint.findUniqueOrThrow({ where: { code } });
    expect(row.firstContactDueAt).toEqual(new Date(row.receivedAt.getTime() + 8 * hour));
    expect(row.nextProgressDueAt).toEqual(new Date(row.receivedAt.getTime() + 24 * hour));

    // the clock warns a quarter of 8 hours ahead, and breaches at 8 hours
    desk.clock.advance(6 * hour);
    await desk.sla.tick();
    desk.clock.advance(2 * hour);
    await desk.sla.tick();
    const types = await desk.db.complaintEvent.findMany({ where: { complaint: { code }, actor: 'system' } });
    expect(types.map((e) => e.type)).toEqual([
      'sla_warning_first_contact',
      'sla_breach_first_contact',
      'escalated',
      'sla_progress_notice',
    ]);
    expect(desk.deliveredTo(chat.sessionId)).toHaveLength(1);
  });

  it('refuses a policy that does not hold together', async () => {
    for (const body of [
      {},
      { ...faster, warnAtShare: 2 },
      { ...faster, firstContactHours: { ...faster.firstContactHours, low: 0 } },
      { ...faster, firstContactHours: { ...faster.firstContactHours, low: 200 } },
      { ...faster, progressIntervalHours: 10_000 },
    ]) {
      const res = await put(adminToken, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect(await loadSlaPolicy(desk.db)).toEqual(defaultSlaPolicy);
  });
});
