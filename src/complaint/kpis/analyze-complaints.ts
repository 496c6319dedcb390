import { type Category, categories, severities } from '../taxonomy.ts';
import type { KpiFacts } from './kpi-facts.ts';
import { isWithin, mean, ratio, round } from './kpi-math.ts';
import type { KpiAnalysis } from './kpi-report.ts';

const hour = 3_600_000;

/**
 * 八(二) 分析顾客投诉数据 (pure): how many complaints and of what (by category, the top three, repeat and spill-over
 * shares, severity), how they ended, how fast (时效), how satisfied the customers were, and the money agreed
 * (成本费用) — for the period, with the previous period's counts per category to show the trend.
 */
export function analyzeComplaints(facts: KpiFacts): KpiAnalysis {
  const { period, now } = facts;
  const received = facts.complaints.filter((c) => isWithin(c.receivedAt, period));
  const before = facts.complaints.filter((c) => isWithin(c.receivedAt, period.previous));
  const closed = facts.complaints.filter((c) => c.closedAt && isWithin(c.closedAt, period));

  const countBy = (list: typeof received) => {
    const counts = new Map<Category, number>();
    for (const c of list) if (c.category) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
    return counts;
  };
  const current = countBy(received);
  const then = countBy(before);
  const byCategory = [...current.entries()]
    .map(([category, count]) => ({
      category,
      count,
      share: round(count / received.length, 4),
      previous: then.get(category) ?? 0,
    }))
    .sort((a, b) => b.count - a.count || categories.indexOf(a.category) - categories.indexOf(b.category));

  const repeat = received.filter((c) => c.repeat).length;
  const spillover = received.filter((c) => c.spilloverRisk).length;
  const bySeverity = Object.fromEntries(
    severities.map((s) => [s, received.filter((c) => c.severity === s).length]),
  ) as KpiAnalysis['bySeverity'];

  const contactDue = received.filter(
    (c) => c.firstContactDueAt && (c.firstHumanContactAt !== null || c.firstContactDueAt <= now),
  );
  const contacted = received.filter((c) => c.firstHumanContactAt !== null);
  const hoursTo = (from: Date, to: Date) => (to.getTime() - from.getTime()) / hour;
  const oneDecimal = (value: number | null) => (value === null ? null : round(value, 1));
  const twoDecimals = (value: number | null) => (value === null ? null : round(value, 2));
  const aspect = (key: 'timeliness' | 'effectiveness' | 'attitude' | 'compensation') =>
    twoDecimals(mean(facts.surveys.flatMap((s) => (s[key] === null ? [] : [s[key]]))));

  return {
    complaints: received.length,
    previousComplaints: before.length,
    byCategory,
    topCategories: byCategory.slice(0, 3),
    repeat: { count: repeat, share: ratio(repeat, received.length) },
    spilloverRisk: { count: spillover, share: ratio(spillover, received.length) },
    bySeverity,
    closed: {
      count: closed.length,
      accepted: closed.filter((c) => c.outcome === 'accepted').length,
      unresolved: closed.filter((c) => c.outcome === 'unresolved').length,
      withdrawn: closed.filter((c) => c.outcome === 'withdrawn').length,
      meanHoursToClose: oneDecimal(mean(closed.map((c) => hoursTo(c.receivedAt, c.closedAt!)))),
    },
    firstContact: {
      due: contactDue.length,
      onTime: contactDue.filter((c) => c.firstHumanContactAt && c.firstHumanContactAt <= c.firstContactDueAt!).length,
      meanHoursToContact: oneDecimal(mean(contacted.map((c) => hoursTo(c.receivedAt, c.firstHumanContactAt!)))),
    },
    satisfaction: {
      surveys: facts.surveys.length,
      meanScore: twoDecimals(mean(facts.surveys.map((s) => s.score))),
      timeliness: aspect('timeliness'),
      effectiveness: aspect('effectiveness'),
      attitude: aspect('attitude'),
      compensation: aspect('compensation'),
    },
    amountAgreed: round(
      closed.filter((c) => c.outcome === 'accepted').reduce((sum, c) => sum + (c.amountAgreed ?? 0), 0),
      2,
    ),
  };
}
