import { describe, expect, it } from 'vitest';
import { computeKpis } from './compute-kpis.ts';
import type { ComplaintFact, KpiFacts, SurveyFact } from './kpi-facts.ts';
import { resolvePeriod } from './kpi-period.ts';
import { kpiIndicators } from './kpi-report.ts';

const tz = 'Asia/Shanghai';
const now = new Date('2026-12-10T12:00:00+08:00');
const resolved = resolvePeriod({ from: '2026-11-01', to: '2026-11-30' }, now, tz);
if (!resolved.ok) throw new Error(resolved.message);
const period = resolved.period;

const d = (s: string) => new Date(`${s}+08:00`);

function complaint(overrides: Partial<ComplaintFact>): ComplaintFact {
  return {
    receivedAt: d('2026-11-10T10:00:00'),
    status: 'investigating',
    outcome: null,
    closedAt: null,
    category: '有缺陷的产品',
    severity: 'medium',
    repeat: false,
    spilloverRisk: false,
    firstContactDueAt: d('2026-11-11T10:00:00'),
    firstHumanContactAt: d('2026-11-10T12:00:00'),
    resolutionDueAt: d('2026-11-17T10:00:00'),
    amountAgreed: null,
    ...overrides,
  };
}

function survey(score: number, aspects: Partial<SurveyFact> = {}): SurveyFact {
  return { score, timeliness: null, effectiveness: null, attitude: null, compensation: null, ...aspects };
}

function facts(overrides: Partial<KpiFacts> = {}): KpiFacts {
  return {
    period,
    now,
    organization: null,
    agents: { frontline: 2, specialist: 1, supervisor: 1, admin: 1 },
    policies: { total: 14, complaintHandling: 1 },
    figures: [],
    contactingCustomers: 0,
    complaints: [],
    surveys: [],
    ...overrides,
  };
}

function item(report: ReturnType<typeof computeKpis>, id: string) {
  const found = report.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('computeKpis: shape', () => {
  it('lists the 13 indicators of the guide in order, named as the table words them, then the CSI', () => {
    const report = computeKpis(facts());
    expect(report.from).toBe('2026-11-01');
    expect(report.to).toBe('2026-11-30');
    expect(report.previous).toEqual({ from: '2026-10-02', to: '2026-10-31' });
    expect(report.items.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, null]);
    expect(report.items[0]!.name).toBe('是否设置顾客投诉处理机构');
    expect(report.items[2]!.name).toBe('是否配置顾客投诉人员（含主管、专员、一线人员）');
    expect(report.items[5]!.name).toBe('在一定统计周期内市民意速办平台投诉数量变化情况');
    expect(report.items[12]!.name).toBe('在一定统计周期内组织内部顾客投诉和解率');
    expect(report.items[13]).toMatchObject({ id: 'csi', name: '顾客满意指数（CSI）', value: null });
    expect(kpiIndicators).toHaveLength(13);
  });
});

describe('computeKpis: 基础配置情况', () => {
  it.each<[string, Partial<KpiFacts>, string, boolean | null, RegExp]>([
    ['unit not entered', {}, 'complaint_unit', null, /^未录入/],
    [
      'unit entered',
      { organization: { hasComplaintUnit: true, complaintUnitName: '客户服务部' } },
      'complaint_unit',
      true,
      /已设置顾客投诉处理机构（客户服务部）/,
    ],
    [
      'representative named',
      { organization: { managementRepresentative: '王店长' } },
      'management_representative',
      true,
      /王店长/,
    ],
    [
      'no representative',
      { organization: { managementRepresentative: null } },
      'management_representative',
      false,
      /未任命/,
    ],
    [
      'staff from the agent accounts',
      {},
      'complaint_staff',
      true,
      /按系统中启用的客服账号统计：主管 1 人、专员 1 人、一线 2 人（管理员 1 人不计入）$/,
    ],
    [
      'staff accounts lacking a specialist',
      { agents: { frontline: 1, specialist: 0, supervisor: 0, admin: 1 } },
      'complaint_staff',
      false,
      /缺少主管、专员$/,
    ],
    [
      'staff as the organisation counts them',
      {
        organization: { staff: { supervisors: 1, specialists: 2, frontline: 3 } },
        agents: { frontline: 0, specialist: 0, supervisor: 0, admin: 1 },
      },
      'complaint_staff',
      true,
      /^组织设置：主管 1 人、专员 2 人、一线 3 人$/,
    ],
    [
      'policies from the knowledge base',
      {},
      'after_sales_policy',
      true,
      /共 14 份，其中投诉处理类 1 份、其他售后服务类 13 份/,
    ],
    [
      'no complaint-handling policy',
      { policies: { total: 5, complaintHandling: 0 } },
      'after_sales_policy',
      false,
      /投诉处理类 0 份/,
    ],
    [
      'policy entered',
      { organization: { hasAfterSalesPolicy: false } },
      'after_sales_policy',
      false,
      /^组织设置：未建立/,
    ],
  ])('%s', (_name, overrides, id, value, basis) => {
    const found = item(computeKpis(facts(overrides)), id);
    expect(found.value).toBe(value);
    expect(found.basis).toMatch(basis);
  });
});

describe('computeKpis: 外溢 (figures the shop entered)', () => {
  const fig = (indicator: string, periodStart: string, periodEnd: string, value: number) => ({
    indicator,
    periodStart,
    periodEnd,
    value,
  });
  const figures = [
    fig('12315.complaints', '2026-10-02', '2026-10-31', 5),
    fig('12315.complaints', '2026-11-01', '2026-11-30', 3),
    fig('minyi.complaints', '2026-11-01', '2026-11-30', 2),
    fig('12315.odr_settled_rate', '2026-10-02', '2026-10-31', 0.5),
    fig('12315.odr_settled_rate', '2026-11-01', '2026-11-30', 0.75),
    fig('12315.odr_ontime_rate', '2026-11-01', '2026-11-15', 0.9),
    fig('12315.odr_consumer_score', '2026-10-02', '2026-10-31', 4.5),
    fig('12315.odr_consumer_score', '2026-11-01', '2026-11-30', 4.2),
  ];
  const report = computeKpis(facts({ figures }));

  it.each<[string, number | null, RegExp]>([
    [
      'platform_12315_complaints_change',
      -2,
      /^12315平台投诉数量：本期（2026-11-01 至 2026-11-30）3 件，上期（2026-10-02 至 2026-10-31）5 件，减少 2 件（−40.0%）。数值为本期减上期$/,
    ],
    [
      'minyi_complaints_change',
      null,
      /^未录入：上期（2026-10-02 至 2026-10-31）没有市民意速办平台投诉数量，无法比较（本期为 2 件）$/,
    ],
    [
      'odr_settlement_rate_change',
      0.25,
      /本期（2026-11-01 至 2026-11-30）75.0%，上期（2026-10-02 至 2026-10-31）50.0%，上升 25.0 个百分点/,
    ],
    [
      'odr_ontime_rate',
      0.9,
      /^12315平台ODR按时办结率：本期（2026-11-01 至 2026-11-30）90.0%；录入数据只覆盖本期 15\/30 天$/,
    ],
    ['odr_consumer_score_change', -0.3, /本期.*4.2 分，上期.*4.5 分，减少 0.3 分/],
  ])('%s = %s', (id, value, basis) => {
    const found = item(report, id);
    expect(found.value).toBe(value);
    expect(found.basis).toMatch(basis);
  });

  it('says 未录入 when nothing was entered', () => {
    const empty = computeKpis(facts());
    for (const id of ['platform_12315_complaints_change', 'odr_ontime_rate']) {
      expect(item(empty, id).value).toBeNull();
      expect(item(empty, id).basis).toMatch(/^未录入/);
    }
  });
});

describe('computeKpis: 内部处理绩效', () => {
  const complaints: ComplaintFact[] = [
    // closed on time, accepted, 50 yuan
    complaint({ status: 'closed', outcome: 'accepted', closedAt: d('2026-11-12T10:00:00'), amountAgreed: 50 }),
    // closed late, accepted
    complaint({
      category: '延期交付产品',
      status: 'closed',
      outcome: 'accepted',
      closedAt: d('2026-11-20T10:00:00'),
      repeat: true,
    }),
    // closed on time, unresolved
    complaint({ status: 'closed', outcome: 'unresolved', closedAt: d('2026-11-15T10:00:00'), spilloverRisk: true }),
    // still open, deadline passed in the period
    complaint({ category: '延期交付产品', firstHumanContactAt: d('2026-11-12T10:00:00'), severity: 'high' }),
    // still open, deadline after the period
    complaint({
      receivedAt: d('2026-11-29T10:00:00'),
      category: '不良服务',
      firstContactDueAt: d('2026-11-30T10:00:00'),
      firstHumanContactAt: null,
      resolutionDueAt: d('2026-12-06T10:00:00'),
      severity: 'critical',
    }),
    // received in the previous period, closed (withdrawn) in this one
    complaint({
      receivedAt: d('2026-10-28T10:00:00'),
      status: 'closed',
      outcome: 'withdrawn',
      closedAt: d('2026-11-02T10:00:00'),
      resolutionDueAt: d('2026-11-04T10:00:00'),
      firstContactDueAt: d('2026-10-29T10:00:00'),
      firstHumanContactAt: d('2026-10-28T11:00:00'),
    }),
  ];
  const surveys = [survey(5, { timeliness: 5, attitude: 4 }), survey(4, { timeliness: 3 }), survey(2), survey(5)];
  const report = computeKpis(facts({ complaints, surveys, contactingCustomers: 20 }));

  it.each<[string, number | null, string]>([
    ['complaint_rate', 0.25, '本期受理投诉 5 件 ÷ 同期联系过客服的顾客 20 人（在网页、微信等渠道发过消息的不同顾客）'],
    [
      'handling_timeliness_rate',
      0.6,
      '在处理时限内结案的投诉 ÷（本期结案的投诉 + 已超过处理时限仍未结案的投诉）：本期结案 4 件，其中 3 件在处理时限内；另有 1 件已超过处理时限仍未结案。首次人工联系（参考）：本期受理且已到期的 5 件中 3 件按时联系',
    ],
    ['handling_satisfaction_rate', 0.75, '本期满意度调查 4 份，其中 4-5 分（满意、很满意）3 份'],
    ['settlement_rate', 0.5, '本期结案 4 件，其中顾客接受处理方案（和解）2 件、未能和解 1 件、顾客撤回 1 件'],
    [
      'csi',
      75,
      '本期满意度调查 4 份，平均 4 分（1-5 分），按（平均分−1）÷4×100 换算为百分制；分项平均：及时性 4、沟通态度 4',
    ],
  ])('%s = %s', (id, value, basis) => {
    expect(item(report, id)).toMatchObject({ value, basis });
  });

  it('prefers the customers served the shop entered for the whole period as the denominator of 投诉率', () => {
    const withShop = computeKpis(
      facts({
        complaints,
        contactingCustomers: 20,
        figures: [{ indicator: 'shop.customers', periodStart: '2026-11-01', periodEnd: '2026-11-30', value: 400 }],
      }),
    );
    expect(item(withShop, 'complaint_rate')).toMatchObject({
      value: 0.0125,
      basis: '本期受理投诉 5 件 ÷ 店铺录入的同期服务顾客数 400 人',
    });
  });

  it('is null with a reason when there is nothing to divide by', () => {
    const empty = computeKpis(facts());
    for (const id of ['complaint_rate', 'handling_timeliness_rate', 'handling_satisfaction_rate', 'settlement_rate']) {
      expect(item(empty, id).value).toBeNull();
      expect(item(empty, id).basis).toMatch(/无法计算/);
    }
  });

  it('breaks the complaints down for 八(二)', () => {
    expect(report.analysis).toEqual({
      complaints: 5,
      previousComplaints: 1,
      byCategory: [
        { category: '延期交付产品', count: 2, share: 0.4, previous: 0 },
        { category: '有缺陷的产品', count: 2, share: 0.4, previous: 1 },
        { category: '不良服务', count: 1, share: 0.2, previous: 0 },
      ],
      topCategories: [
        { category: '延期交付产品', count: 2, share: 0.4, previous: 0 },
        { category: '有缺陷的产品', count: 2, share: 0.4, previous: 1 },
        { category: '不良服务', count: 1, share: 0.2, previous: 0 },
      ],
      repeat: { count: 1, share: 0.2 },
      spilloverRisk: { count: 1, share: 0.2 },
      bySeverity: { low: 0, medium: 3, high: 1, critical: 1 },
      closed: { count: 4, accepted: 2, unresolved: 1, withdrawn: 1, meanHoursToClose: 132 },
      firstContact: { due: 5, onTime: 3, meanHoursToContact: 13.5 },
      satisfaction: { surveys: 4, meanScore: 4, timeliness: 4, effectiveness: null, attitude: 4, compensation: null },
      amountAgreed: 50,
    });
  });
});
