// The KPI report over a real database: complaints opened through the web chat with known outcomes and survey scores,
// figures entered by the shop, the organisation profile, and exact values for the guide's 13 indicators and the CSI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiReportSchema } from '../src/complaint/kpis/kpi-report.ts';
import { type AdminDesk, adminToken, createAdminDesk } from './admin-fixtures.ts';

const hour = 3_600_000;
const start = new Date('2026-11-28T10:00:00+08:00');

let desk: AdminDesk;
let supervisor: { token: string };
let frontlineToken: string;
const codes: Record<string, string> = {};

function at(hours: number) {
  desk.clock.set(new Date(start.getTime() + hours * hour));
}

async function ok<T extends { status: number; body: unknown }>(promise: Promise<T>, status = 200): Promise<T> {
  const res = await promise;
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res;
}

/**
 * Seeds, from 2026-11-28 10:00: A (frontline, claimed at 1 h, 50 yuan agreed and closed accepted at 48 h, survey 5),
 * B (safety, claimed at 3 h — past its 2 h first contact — closed unresolved at 192 h, past its 7 days, survey 2),
 * C (frontline, closed withdrawn at 24 h, survey 4), D (never picked up: overdue), E (opened on 12-25, not due),
 * and F, a customer who only said hello.
 */
beforeAll(async () => {
  desk = await createAdminDesk();
  supervisor = await desk.addAgent('supervisor');
  const frontline = await desk.addAgent('frontline');
  const specialist = await desk.addAgent('specialist');
  frontlineToken = frontline.token;

  at(0);
  const a = await desk.frontlineComplaint();
  const b = await desk.specialistComplaint();
  const c = await desk.frontlineComplaint();
  const d = await desk.frontlineComplaint();
  Object.assign(codes, { a: a.code, b: b.code, c: c.code, d: d.code });

  at(1);
  await ok(desk.admin.post(`/complaints/${a.code}/claim`, frontline.token));
  await ok(
    desk.admin.post(`/complaints/${a.code}/proposals`, frontline.token, {
      remedies: ['支付补偿'],
      text: '补偿您 50 元',
      amount: 50,
    }),
    201,
  );
  at(2);
  await ok(desk.admin.post(`/complaints/${c.code}/claim`, frontline.token));
  at(3);
  await ok(desk.admin.post(`/complaints/${b.code}/claim`, specialist.token));
  at(24);
  await ok(desk.admin.post(`/complaints/${c.code}/close`, frontline.token, { outcome: 'withdrawn' }));
  await ok(c.chat.say('4'));
  at(48);
  await ok(desk.admin.post(`/complaints/${a.code}/close`, frontline.token, { outcome: 'accepted' }));
  await ok(a.chat.say('5'));
  at(192);
  await ok(desk.admin.post(`/complaints/${b.code}/close`, specialist.token, { outcome: 'unresolved' }));
  await ok(b.chat.say('2'));

  at(27 * 24);
  const e = await desk.frontlineComplaint();
  codes.e = e.code;
  const f = await desk.openChat();
  await ok(f.say('你好'));
  at(29 * 24 + 2); // 2026-12-27 12:00
});
afterAll(() => desk.dispose());

// biome-ignore lint/suspicious/noExplicitAny: the report is read loosely and asserted on
type Loose = any;
const itemOf = (report: Loose, id: string) => report.items.find((i: Loose) => i.id === id);

describe('GET /kpis', () => {
  it('seeds what the scenario says', async () => {
    const surveys = await desk.db.surveyResponse.findMany({ include: { complaint: { select: { code: true } } } });
    expect(Object.fromEntries(surveys.map((s) => [s.complaint.code, s.score]))).toEqual({
      [codes.a!]: 5,
      [codes.b!]: 2,
      [codes.c!]: 4,
    });
  });

  it('reports the 13 indicators and the CSI over the period with exact values', async () => {
    const res = await ok(desk.admin.get('/kpis?from=2026-11-28&to=2026-12-27', supervisor.token));
    const report = res.body;
    expect(kpiReportSchema.safeParse(report).success).toBe(true);
    expect(report).toMatchObject({
      from: '2026-11-28',
      to: '2026-12-27',
      previous: { from: '2026-10-29', to: '2026-11-27' },
    });
    expect(report.items.map((i: Loose) => i.id)).toEqual([
      'complaint_unit',
      'management_representative',
      'complaint_staff',
      'after_sales_policy',
      'platform_12315_complaints_change',
      'minyi_complaints_change',
      'odr_settlement_rate_change',
      'odr_ontime_rate',
      'odr_consumer_score_change',
      'complaint_rate',
      'handling_timeliness_rate',
      'handling_satisfaction_rate',
      'settlement_rate',
      'csi',
    ]);
    expect(report.items.map((i: Loose) => i.value)).toEqual([
      null, // no organisation profile entered
      null,
      true, // supervisor, specialist and frontline accounts exist
      true, // the sample policies include 投诉处理流程与时限
      null, // no figures entered
      null,
      null,
      null,
      null,
      0.8333, // 5 complaints ÷ 6 customers who wrote
      0.5, // A and C on time, B late, D overdue and open
      0.6667, // scores 5 and 4 of 5, 2, 4
      0.3333, // A accepted of A, B, C closed
      66.7, // mean 11/3 → (3.667 − 1) ÷ 4 × 100
    ]);
    expect(itemOf(report, 'complaint_rate').basis).toBe(
      '本期受理投诉 5 件 ÷ 同期联系过客服的顾客 6 人（在网页、微信等渠道发过消息的不同顾客）',
    );
    expect(itemOf(report, 'handling_timeliness_rate').basis).toContain(
      '本期结案 3 件，其中 2 件在处理时限内；另有 1 件已超过处理时限仍未结案。首次人工联系（参考）：本期受理且已到期的 5 件中 2 件按时联系',
    );
    expect(itemOf(report, 'complaint_staff').basis).toBe(
      '组织设置未填写，按系统中启用的客服账号统计：主管 1 人、专员 1 人、一线 1 人（管理员 1 人不计入）',
    );
    expect(itemOf(report, 'platform_12315_complaints_change').basis).toMatch(/^未录入/);
    expect(report.analysis).toMatchObject({
      complaints: 5,
      previousComplaints: 0,
      closed: { count: 3, accepted: 1, unresolved: 1, withdrawn: 1 },
      firstContact: { due: 5, onTime: 2, meanHoursToContact: 2 },
      satisfaction: { surveys: 3, meanScore: 3.67 },
      amountAgreed: 50,
    });
    expect(report.analysis.bySeverity).toEqual({ low: 0, medium: 0, high: 4, critical: 1 });
    expect(report.analysis.topCategories[0]).toMatchObject({ count: expect.any(Number) });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await desk.call('GET', '/api/openapi.json')).body;
    expect(doc.paths['/api/admin/kpis'].get.parameters.map((p: Loose) => p.name)).toEqual(['from', 'to']);
    expect(doc.paths['/api/admin/figures'].post['x-required-role']).toBe('supervisor');
    expect(doc.paths['/api/admin/settings/sla'].put['x-required-role']).toBe('admin');
  });

  it('defaults to the last 30 days up to today', async () => {
    const res = await ok(desk.admin.get('/kpis', supervisor.token));
    expect(res.body).toMatchObject({ from: '2026-11-28', to: '2026-12-27' });
    expect(res.body.items).toHaveLength(14);
  });

  it('takes figures the shop entered for 5-9 and compares them with the previous period', async () => {
    const enter = (indicator: string, periodStart: string, periodEnd: string, value: number) =>
      ok(desk.admin.post('/figures', supervisor.token, { indicator, periodStart, periodEnd, value }), 201);
    await enter('12315.complaints', '2026-10-29', '2026-11-27', 4);
    await enter('12315.complaints', '2026-11-28', '2026-12-27', 1);
    await enter('minyi.complaints', '2026-10-29', '2026-11-27', 0);
    await enter('minyi.complaints', '2026-11-28', '2026-12-27', 2);
    await enter('12315.odr_settled_rate', '2026-10-29', '2026-11-27', 0.6);
    await enter('12315.odr_settled_rate', '2026-11-28', '2026-12-27', 0.8);
    await enter('12315.odr_ontime_rate', '2026-11-28', '2026-12-27', 1);
    await enter('12315.odr_consumer_score', '2026-10-29', '2026-11-27', 4);
    const replaced = await enter('12315.odr_consumer_score', '2026-11-28', '2026-12-27', 3);
    await enter('12315.odr_consumer_score', '2026-11-28', '2026-12-27', 4.5);

    const list = await ok(desk.admin.get('/figures?indicator=12315.odr_consumer_score', supervisor.token));
    expect(list.body.items.map((f: Loose) => [f.periodStart, f.value])).toEqual([
      ['2026-10-29', 4],
      ['2026-11-28', 4.5],
    ]);
    expect(list.body.items[1].id).toBe(replaced.body.id);

    const report = (await ok(desk.admin.get('/kpis?from=2026-11-28&to=2026-12-27', supervisor.token))).body;
    expect(report.items.slice(4, 9).map((i: Loose) => i.value)).toEqual([-3, 2, 0.2, 1, 0.5]);
    expect(itemOf(report, 'platform_12315_complaints_change').basis).toBe(
      '12315平台投诉数量：本期（2026-11-28 至 2026-12-27）1 件，上期（2026-10-29 至 2026-11-27）4 件，减少 3 件（−75.0%）。数值为本期减上期',
    );
    expect(itemOf(report, 'minyi_complaints_change').basis).toContain('增加 2 件');
  });

  it('refuses overlapping, out-of-range and malformed figures', async () => {
    const post = (body: unknown) => desk.admin.post('/figures', supervisor.token, body);
    const overlap = await post({
      indicator: '12315.complaints',
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      value: 1,
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.code).toBe('conflict');
    for (const body of [
      { indicator: '12315.odr_settled_rate', periodStart: '2027-01-01', periodEnd: '2027-01-31', value: 80 },
      { indicator: '12315.complaints', periodStart: '2027-01-01', periodEnd: '2027-01-31', value: 1.5 },
      { indicator: '12315.complaints', periodStart: '2027-01-31', periodEnd: '2027-01-01', value: 1 },
      { indicator: 'weibo.mentions', periodStart: '2027-01-01', periodEnd: '2027-01-31', value: 1 },
      { indicator: '12315.complaints', periodStart: '2027-02-30', periodEnd: '2027-03-01', value: 1 },
      { indicator: '12315.complaints', periodStart: '2027-01-01', periodEnd: '2027-01-31', value: '3' },
    ]) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });

  it('deletes a figure entered by mistake', async () => {
    const created = await ok(
      desk.admin.post('/figures', supervisor.token, {
        indicator: 'shop.customers',
        periodStart: '2026-11-28',
        periodEnd: '2026-12-27',
        value: 200,
      }),
      201,
    );
    const report = (await ok(desk.admin.get('/kpis?from=2026-11-28&to=2026-12-27', supervisor.token))).body;
    expect(itemOf(report, 'complaint_rate')).toMatchObject({ value: 0.025, basis: expect.stringContaining('200 人') });
    const deleted = await desk.call('DELETE', `/api/admin/figures/${created.body.id}`, {
      headers: { authorization: `Bearer ${supervisor.token}` },
    });
    expect(deleted.status).toBe(200);
    expect(
      (
        await desk.call('DELETE', `/api/admin/figures/${created.body.id}`, {
          headers: { authorization: `Bearer ${supervisor.token}` },
        })
      ).status,
    ).toBe(404);
  });

  it('reads 1-4 from the organisation profile an admin enters', async () => {
    const profile = {
      hasComplaintUnit: true,
      complaintUnitName: '客户服务部',
      managementRepresentative: '王店长',
      staff: { supervisors: 1, specialists: 1, frontline: 0 },
      hasAfterSalesPolicy: true,
    };
    expect(
      (
        await desk.call('PUT', '/api/admin/settings/organization', {
          headers: { authorization: `Bearer ${supervisor.token}` },
          body: profile,
        })
      ).status,
    ).toBe(403);
    const put = await desk.call('PUT', '/api/admin/settings/organization', {
      headers: { authorization: `Bearer ${adminToken}` },
      body: profile,
    });
    expect(put.status).toBe(200);
    expect((await ok(desk.admin.get('/settings/organization', supervisor.token))).body).toEqual(profile);
    const report = (await ok(desk.admin.get('/kpis?from=2026-11-28&to=2026-12-27', supervisor.token))).body;
    expect(report.items.slice(0, 4).map((i: Loose) => [i.value, i.basis])).toEqual([
      [true, '组织设置：已设置顾客投诉处理机构（客户服务部）'],
      [true, '组织设置：管理者代表为王店长'],
      [false, '组织设置：主管 1 人、专员 1 人、一线 0 人；缺少一线人员'],
      [true, '组织设置：已建立（知识库中现有政策文档 13 份）'],
    ]);
    const bad = await desk.call('PUT', '/api/admin/settings/organization', {
      headers: { authorization: `Bearer ${adminToken}` },
      body: { hasComplaintUnit: 'yes' },
    });
    expect(bad.status).toBe(400);
  });

  it('validates the period and is for supervisors and admins only', async () => {
    for (const query of ['from=2026-13-01', 'to=yesterday', 'from=2026-12-02&to=2026-12-01', 'from=2026-02-30']) {
      const res = await desk.admin.get(`/kpis?${query}`, supervisor.token);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await desk.admin.get('/kpis', frontlineToken)).status).toBe(403);
    expect((await desk.admin.get('/kpis', adminToken)).status).toBe(200);
  });
});
