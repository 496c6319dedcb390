import { type ExternalFigure, type ExternalIndicator, externalFigureKinds } from './external-figures.ts';
import { overlapDays } from './kpi-period.ts';

/** An indicator's value over a range of days from the figures entered, and how well they cover it. */
export interface FigureAggregate {
  value: number;
  /** days of the range some figure covers */
  coveredDays: number;
  /** some figure reaches outside the range, so its share was counted by days */
  prorated: boolean;
}

/**
 * The figures of `indicator` over `range` (pure): counts add up, a figure reaching outside the range counting for
 * the share of its days inside; rates and scores are averaged weighted by the days inside. Null when no figure
 * falls in the range. Figures of one indicator never overlap (the API refuses that), so nothing counts twice.
 */
export function aggregateFigures(
  figures: readonly ExternalFigure[],
  indicator: ExternalIndicator,
  range: { from: string; to: string },
): FigureAggregate | null {
  const { kind } = externalFigureKinds[indicator];
  let covered = 0;
  let weighted = 0;
  let prorated = false;
  for (const figure of figures) {
    if (figure.indicator !== indicator) continue;
    const own = { from: figure.periodStart, to: figure.periodEnd };
    const inside = overlapDays(own, range);
    if (inside === 0) continue;
    const length = overlapDays(own, own);
    if (inside < length) prorated = true;
    covered += inside;
    weighted += kind === 'count' ? (figure.value * inside) / length : figure.value * inside;
  }
  if (covered === 0) return null;
  return { value: kind === 'count' ? weighted : weighted / covered, coveredDays: covered, prorated };
}
