import type { Severity } from '../../complaint/taxonomy.ts';
import type { Assessment } from '../triage-result.ts';
import type { AngerLevel } from './measure-anger.ts';

export interface SeveritySignals {
  safety: boolean;
  spilloverRisk: boolean;
  anger: AngerLevel;
  amount?: number;
  /** the customer complained before about this */
  repeat: boolean;
  /** the customer asked for a human */
  wantsHuman: boolean;
}

/** Money at stake (yuan) from which a complaint is at least medium / high. */
export const amountThresholds = { medium: 500, high: 5000 } as const;

/** SPEC §4 初步评估: critical for safety, high for spill-over/large sums/repeat/fury/asking for a human, else by money. */
export function assessSeverity(signals: SeveritySignals): Assessment {
  const severity = rank(signals);
  return {
    severity,
    safety: signals.safety,
    immediateAction: signals.safety,
    spilloverRisk: signals.spilloverRisk,
  };
}

function rank(s: SeveritySignals): Severity {
  if (s.safety) return 'critical';
  const amount = s.amount ?? 0;
  if (s.spilloverRisk || s.repeat || s.wantsHuman || s.anger >= 3 || amount >= amountThresholds.high) return 'high';
  if (s.anger >= 2 || amount >= amountThresholds.medium) return 'medium';
  return 'low';
}
