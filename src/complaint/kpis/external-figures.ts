import { z } from 'zod';

/**
 * Figures the shop copies in from outside platforms (12315, 市民意速办) and its own books, for the KPIs the desk
 * cannot see. `count`s add up over a period; `rate`s (0..1) and `score`s are averaged, weighted by days.
 */
export const externalFigureKinds = {
  /** 5: 12315平台投诉数量 */
  '12315.complaints': { kind: 'count', label: '12315平台投诉数量', unit: '件' },
  /** 6: 市民意速办平台投诉数量 */
  'minyi.complaints': { kind: 'count', label: '市民意速办平台投诉数量', unit: '件' },
  /** 7: 12315平台ODR单位和解率 */
  '12315.odr_settled_rate': { kind: 'rate', label: '12315平台ODR和解率', unit: '' },
  /** 8: 12315平台ODR单位按时办结率 */
  '12315.odr_ontime_rate': { kind: 'rate', label: '12315平台ODR按时办结率', unit: '' },
  /** 9: 12315平台ODR单位的消费者评分 */
  '12315.odr_consumer_score': { kind: 'score', label: '12315平台ODR消费者评分', unit: '分' },
  /** 10 (denominator, optional): customers served in the period, from the shop's own books */
  'shop.customers': { kind: 'count', label: '同期服务顾客数', unit: '人' },
} as const;

export type ExternalIndicator = keyof typeof externalFigureKinds;
export const externalIndicators = Object.keys(externalFigureKinds) as [ExternalIndicator, ...ExternalIndicator[]];
export const externalIndicatorSchema = z.enum(externalIndicators);

/** One figure as stored: a value for the days `periodStart`..`periodEnd`, both included. */
export interface ExternalFigure {
  indicator: string;
  periodStart: string;
  periodEnd: string;
  value: number;
}

/** Whether `value` is a sensible value for the indicator: counts whole and ≥ 0, rates 0..1, scores ≥ 0. */
export function checkFigureValue(indicator: ExternalIndicator, value: number): string | null {
  const { kind } = externalFigureKinds[indicator];
  if (kind === 'count' && (!Number.isInteger(value) || value < 0))
    return '数量应为非负整数 / a count is a whole number ≥ 0';
  if (kind === 'rate' && (value < 0 || value > 1)) return '比率应在 0 到 1 之间 / a rate is between 0 and 1';
  if (kind === 'score' && value < 0) return '评分不能为负 / a score is ≥ 0';
  return null;
}
