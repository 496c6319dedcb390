import { z } from 'zod';
import type { Severity } from './taxonomy.ts';

const hours = z.number().positive();

/**
 * Stage deadlines (SLA), in hours. Defaults follow the sample policy 《投诉处理流程与时限》: first human contact
 * within 24 h (2 h for safety cases), resolution within 7 days, a progress update at least every 48 h.
 */
export const slaPolicySchema = z.object({
  firstContactHours: z.object({ critical: hours, high: hours, medium: hours, low: hours }),
  resolutionHours: z.object({ critical: hours, high: hours, medium: hours, low: hours }),
  progressIntervalHours: hours,
  /** warn this share of a stage's time before its deadline */
  warnAtShare: z.number().min(0).max(1),
});
export type SlaPolicy = z.infer<typeof slaPolicySchema>;

export const defaultSlaPolicy: SlaPolicy = {
  firstContactHours: { critical: 2, high: 24, medium: 24, low: 24 },
  resolutionHours: { critical: 7 * 24, high: 7 * 24, medium: 7 * 24, low: 7 * 24 },
  progressIntervalHours: 48,
  warnAtShare: 0.25,
};

export interface Deadlines {
  firstContactDueAt: Date;
  resolutionDueAt: Date;
  nextProgressDueAt: Date;
}

/** The deadlines of a complaint of `severity` received at `receivedAt`. */
export function computeDeadlines(policy: SlaPolicy, severity: Severity, receivedAt: Date): Deadlines {
  const after = (h: number) => new Date(receivedAt.getTime() + h * 3_600_000);
  return {
    firstContactDueAt: after(policy.firstContactHours[severity]),
    resolutionDueAt: after(policy.resolutionHours[severity]),
    nextProgressDueAt: after(policy.progressIntervalHours),
  };
}
