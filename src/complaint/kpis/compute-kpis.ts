import { z } from 'zod';
import { aggregateFigures, type FigureAggregate } from './aggregate-figures.ts';
import { analyzeComplaints } from './analyze-complaints.ts';
import { type ExternalIndicator, externalFigureKinds } from './external-figures.ts';
import basisJson from './kpi-basis.zh.json' with { type: 'json' };
import type { KpiFacts } from './kpi-facts.ts';
import { isWithin, mean, ratio, round } from './kpi-math.ts';
import type { DayRange } from './kpi-period.ts';
import { csiIndicator, type KpiItem, type KpiReport, kpiIndicators } from './kpi-report.ts';

const basis = z.record(z.string(), z.string()).parse(basisJson);

function say(key: string, vars: Record<string, string | number> = {}): string {
  const template = basis[key];
  if (template === undefined) throw new Error(`no KPI basis text "${key}"`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

type Definition = (typeof kpiIndicators)[number];
type Computed = Pick<KpiItem, 'value' | 'basis'>;

/**
 * 顾客投诉处理效果评价指标 (guide 五(三)) over a period (pure): the 13 indicators in the guide's order, then the CSI
 * of guide 九, and the 八(二) analysis behind them. Every value says in `basis` how it was computed and from what.
 */
export function computeKpis(facts: KpiFacts): KpiReport {
  const { period } = facts;
  const analysis = analyzeComplaints(facts);
  const computed: Record<Definition['id'], Computed> = {
    complaint_unit: complaintUnit(facts),
    management_representative: managementRepresentative(facts),
    complaint_staff: complaintStaff(facts),
    after_sales_policy: afterSalesPolicy(facts),
    platform_12315_complaints_change: figureChange(facts, '12315.complaints'),
    minyi_complaints_change: figureChange(facts, 'minyi.complaints'),
    odr_settlement_rate_change: figureChange(facts, '12315.odr_settled_rate'),
    odr_ontime_rate: figureLevel(facts, '12315.odr_ontime_rate'),
    odr_consumer_score_change: figureChange(facts, '12315.odr_consumer_score'),
    complaint_rate: complaintRate(facts, analysis.complaints),
    handling_timeliness_rate: handlingTimeliness(facts, analysis.firstContact),
    handling_satisfaction_rate: handlingSatisfaction(facts),
    settlement_rate: settlement(analysis.closed),
  };
  const items: KpiItem[] = kpiIndicators.map((d) => ({
    id: d.id,
    no: d.no,
    group: d.group,
    name: d.name,
    ...computed[d.id],
  }));
  items.push({ ...csiIndicator, no: null, ...csi(facts) });
  return {
    from: period.from,
    to: period.to,
    previous: { from: period.previous.from, to: period.previous.to },
    items,
    analysis,
  };
}

function complaintUnit({ organization }: KpiFacts): Computed {
  const has = organization?.hasComplaintUnit;
  if (has === undefined) return { value: null, basis: say('not_entered') };
  const name = organization?.complaintUnitName;
  return { value: has, basis: has ? say('unit_yes', { unitName: name ? `（${name}）` : '' }) : say('unit_no') };
}

function managementRepresentative({ organization }: KpiFacts): Computed {
  const name = organization?.managementRepresentative;
  if (name === undefined) return { value: null, basis: say('not_entered') };
  return name
    ? { value: true, basis: say('representative_yes', { name }) }
    : { value: false, basis: say('representative_no') };
}

function complaintStaff({ organization, agents }: KpiFacts): Computed {
  const staff = organization?.staff;
  const counts = staff
    ? { supervisor: staff.supervisors, specialist: staff.specialists, frontline: staff.frontline }
    : { supervisor: agents.supervisor, specialist: agents.specialist, frontline: agents.frontline };
  const labels = { supervisor: '主管', specialist: '专员', frontline: '一线人员' } as const;
  const lacking = (Object.keys(labels) as (keyof typeof labels)[]).filter((role) => counts[role] < 1);
  const missing = lacking.length ? say('staff_missing', { roles: lacking.map((r) => labels[r]).join('、') }) : '';
  return {
    value: lacking.length === 0,
    basis: staff
      ? say('staff_profile', { ...staff, missing })
      : say('staff_desk', { ...counts, admin: agents.admin, missing }),
  };
}

function afterSalesPolicy({ organization, policies }: KpiFacts): Computed {
  const has = organization?.hasAfterSalesPolicy;
  if (has !== undefined) return { value: has, basis: say(has ? 'policy_yes' : 'policy_no', { total: policies.total }) };
  const afterSales = policies.total - policies.complaintHandling;
  return {
    value: policies.complaintHandling > 0 && afterSales > 0,
    basis: say('policy_desk', { total: policies.total, complaint: policies.complaintHandling, afterSales }),
  };
}

/** 变化情况: this period's figure minus the previous period's, both from what the shop entered. */
function figureChange(facts: KpiFacts, indicator: ExternalIndicator): Computed {
  const { period } = facts;
  const { label } = externalFigureKinds[indicator];
  const current = aggregateFigures(facts.figures, indicator, period);
  const previous = aggregateFigures(facts.figures, indicator, period.previous);
  const vars = { label, ...rangeVars(period, period.previous) };
  if (!current && !previous) return { value: null, basis: say('figure_none', vars) };
  if (!current)
    return { value: null, basis: say('figure_no_current', { ...vars, previous: show(indicator, previous!.value) }) };
  if (!previous)
    return { value: null, basis: say('figure_no_previous', { ...vars, current: show(indicator, current.value) }) };
  const difference = round(current.value - previous.value, 4);
  return {
    value: difference,
    basis: say('figure_change', {
      ...vars,
      current: show(indicator, current.value),
      previous: show(indicator, previous.value),
      change: describeChange(indicator, current.value, previous.value),
      notes: coverageNotes([
        ['本期', current, period],
        ['上期', previous, period.previous],
      ]),
    }),
  };
}

/** A level, not a change (8 按时办结率). */
function figureLevel(facts: KpiFacts, indicator: ExternalIndicator): Computed {
  const { period } = facts;
  const { label } = externalFigureKinds[indicator];
  const current = aggregateFigures(facts.figures, indicator, period);
  const vars = { label, ...rangeVars(period, period.previous) };
  if (!current) return { value: null, basis: say('figure_level_none', vars) };
  return {
    value: round(current.value, 4),
    basis: say('figure_level', {
      ...vars,
      current: show(indicator, current.value),
      notes: coverageNotes([['本期', current, period]]),
    }),
  };
}

/** 投诉率: complaints received ÷ customers served (the shop's own figure for the whole period, else those who wrote). */
function complaintRate(facts: KpiFacts, complaints: number): Computed {
  const shop = aggregateFigures(facts.figures, 'shop.customers', facts.period);
  if (shop && shop.coveredDays === facts.period.days && shop.value > 0) {
    const customers = round(shop.value, 1);
    return { value: round(complaints / shop.value, 4), basis: say('complaint_rate_shop', { complaints, customers }) };
  }
  const customers = facts.contactingCustomers;
  if (customers === 0) return { value: null, basis: say('complaint_rate_none', { complaints }) };
  return { value: round(complaints / customers, 4), basis: say('complaint_rate_desk', { complaints, customers }) };
}

/**
 * 处理及时率: complaints closed by their resolution deadline ÷ (complaints closed in the period + complaints whose
 * deadline passed in the period and are still open). First contact on time is reported alongside, for reference.
 */
function handlingTimeliness(facts: KpiFacts, firstContact: { due: number; onTime: number }): Computed {
  const { period, now } = facts;
  const closed = facts.complaints.filter((c) => c.resolutionDueAt && c.closedAt && isWithin(c.closedAt, period));
  const onTime = closed.filter((c) => c.closedAt! <= c.resolutionDueAt!).length;
  const until = Math.min(now.getTime(), period.end.getTime());
  const overdue = facts.complaints.filter(
    (c) =>
      c.status !== 'closed' &&
      c.resolutionDueAt &&
      c.resolutionDueAt >= period.start &&
      c.resolutionDueAt.getTime() <= until,
  ).length;
  const value = ratio(onTime, closed.length + overdue);
  if (value === null) return { value, basis: say('timeliness_none') };
  return {
    value,
    basis: say('timeliness', {
      closed: closed.length,
      onTime,
      overdue,
      contactDue: firstContact.due,
      contactOnTime: firstContact.onTime,
    }),
  };
}

/** 处理满意率: survey answers of 4 or 5 ÷ survey answers in the period. */
function handlingSatisfaction({ surveys }: KpiFacts): Computed {
  const satisfied = surveys.filter((s) => s.score >= 4).length;
  const value = ratio(satisfied, surveys.length);
  return {
    value,
    basis: value === null ? say('satisfaction_none') : say('satisfaction', { surveys: surveys.length, satisfied }),
  };
}

/** 和解率: complaints closed with the customer accepting the remedy ÷ complaints closed in the period. */
function settlement(closed: { count: number; accepted: number; unresolved: number; withdrawn: number }): Computed {
  const value = ratio(closed.accepted, closed.count);
  return {
    value,
    basis: value === null ? say('settlement_none') : say('settlement', { ...closed, closed: closed.count }),
  };
}

/** 顾客满意指数 (guide 九): the mean 1-5 survey score on a 0-100 scale, (mean − 1) ÷ 4 × 100. */
function csi({ surveys }: KpiFacts): Computed {
  const average = mean(surveys.map((s) => s.score));
  if (average === null) return { value: null, basis: say('csi_none') };
  const aspects = (
    [
      ['及时性', 'timeliness'],
      ['有效性', 'effectiveness'],
      ['沟通态度', 'attitude'],
      ['补偿与回馈', 'compensation'],
    ] as const
  ).flatMap(([label, key]) => {
    const m = mean(surveys.flatMap((s) => (s[key] === null ? [] : [s[key]])));
    return m === null ? [] : [`${label} ${round(m, 2)}`];
  });
  return {
    value: round(((average - 1) / 4) * 100, 1),
    basis: say('csi', {
      surveys: surveys.length,
      mean: round(average, 2),
      aspects: aspects.length ? say('csi_aspects', { list: aspects.join('、') }) : '',
    }),
  };
}

function rangeVars(current: DayRange, previous: DayRange) {
  return { from: current.from, to: current.to, pfrom: previous.from, pto: previous.to };
}

function show(indicator: ExternalIndicator, value: number): string {
  const { kind, unit } = externalFigureKinds[indicator];
  if (kind === 'rate') return `${round(value * 100, 1).toFixed(1)}%`;
  return `${round(value, kind === 'count' ? 1 : 2)} ${unit}`;
}

function describeChange(indicator: ExternalIndicator, current: number, previous: number): string {
  const { kind, unit } = externalFigureKinds[indicator];
  const diff = current - previous;
  if (Math.abs(diff) < 1e-9) return '持平';
  if (kind === 'rate') return `${diff > 0 ? '上升' : '下降'} ${round(Math.abs(diff) * 100, 1).toFixed(1)} 个百分点`;
  const amount = `${diff > 0 ? '增加' : '减少'} ${round(Math.abs(diff), kind === 'count' ? 1 : 2)} ${unit}`;
  if (kind === 'score' || previous === 0) return amount;
  return `${amount}（${diff > 0 ? '+' : '−'}${round((Math.abs(diff) / previous) * 100, 1).toFixed(1)}%）`;
}

function coverageNotes(parts: [string, FigureAggregate, DayRange][]): string {
  let notes = '';
  for (const [which, aggregate, range] of parts) {
    if (aggregate.coveredDays < range.days) {
      notes += say('coverage', { which, covered: aggregate.coveredDays, days: range.days });
    }
  }
  if (parts.some(([, aggregate]) => aggregate.prorated)) notes += say('prorated');
  return notes;
}
