import { z } from 'zod';
import { externalIndicatorSchema } from '../../../../complaint/kpis/external-figures.ts';
import type { FigureRow } from '../../../../db/kpis.ts';

/** An external figure as the API shows it. */
export const figureSchema = z.object({
  id: z.string(),
  indicator: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  value: z.number(),
  createdAt: z.iso.datetime(),
});

/** The indicators a figure can be entered for, described for the OpenAPI document. */
export const figureIndicatorSchema = externalIndicatorSchema.describe(
  '12315.complaints (5, 件) · minyi.complaints (6, 市民意速办, 件) · 12315.odr_settled_rate (7, 0..1) · ' +
    '12315.odr_ontime_rate (8, 0..1) · 12315.odr_consumer_score (9) · shop.customers (10: customers served, ' +
    'the denominator of 投诉率, optional)',
);

/** Maps a stored figure to its API shape. */
export function figureJson(row: FigureRow) {
  const { id, indicator, periodStart, periodEnd, value, createdAt } = row;
  return { id, indicator, periodStart, periodEnd, value, createdAt: createdAt.toISOString() };
}
