import { describe, expect, it } from 'vitest';
import { aggregateFigures } from './aggregate-figures.ts';
import type { ExternalFigure } from './external-figures.ts';

const nov = { from: '2026-11-01', to: '2026-11-30' };
const fig = (indicator: string, periodStart: string, periodEnd: string, value: number): ExternalFigure => ({
  indicator,
  periodStart,
  periodEnd,
  value,
});

describe('aggregateFigures', () => {
  it('adds counts that lie inside the period', () => {
    const figures = [
      fig('12315.complaints', '2026-11-01', '2026-11-15', 3),
      fig('12315.complaints', '2026-11-16', '2026-11-30', 2),
      fig('minyi.complaints', '2026-11-01', '2026-11-30', 9),
    ];
    expect(aggregateFigures(figures, '12315.complaints', nov)).toEqual({ value: 5, coveredDays: 30, prorated: false });
  });

  it('counts the share of days inside for a figure reaching outside the period', () => {
    const figures = [fig('12315.complaints', '2026-10-17', '2026-11-15', 30)];
    expect(aggregateFigures(figures, '12315.complaints', nov)).toEqual({ value: 15, coveredDays: 15, prorated: true });
  });

  it('averages rates weighted by days', () => {
    const figures = [
      fig('12315.odr_settled_rate', '2026-11-01', '2026-11-10', 0.5),
      fig('12315.odr_settled_rate', '2026-11-11', '2026-11-30', 0.8),
    ];
    expect(aggregateFigures(figures, '12315.odr_settled_rate', nov)?.value).toBeCloseTo(0.7, 10);
  });

  it('is null when nothing was entered for the period', () => {
    expect(aggregateFigures([fig('12315.complaints', '2026-10-01', '2026-10-31', 4)], '12315.complaints', nov)).toBe(
      null,
    );
  });
});
