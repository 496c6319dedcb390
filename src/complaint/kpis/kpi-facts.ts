import type { Role } from '../../accounts/roles.ts';
import type { Category, Outcome, Severity, Status } from '../taxonomy.ts';
import type { ExternalFigure } from './external-figures.ts';
import type { KpiPeriod } from './kpi-period.ts';
import type { OrganizationProfile } from './organization-profile.ts';

/** One complaint as the KPIs count it. */
export interface ComplaintFact {
  receivedAt: Date;
  status: Status;
  outcome: Outcome | null;
  closedAt: Date | null;
  category: Category | null;
  severity: Severity | null;
  repeat: boolean;
  spilloverRisk: boolean;
  firstContactDueAt: Date | null;
  firstHumanContactAt: Date | null;
  resolutionDueAt: Date | null;
  /** money agreed with the customer on closing (补偿与回馈), yuan */
  amountAgreed: number | null;
}

/** One 满意度调查 answer (1..5), with the 八(二)2 aspects the customer rated. */
export interface SurveyFact {
  score: number;
  timeliness: number | null;
  effectiveness: number | null;
  attitude: number | null;
  compensation: number | null;
}

/**
 * Everything the KPI report is computed from, gathered by one read of the database. `complaints` holds those
 * received in the period or the previous one, closed in the period, or due in it; `surveys` those answered in the
 * period; `figures` the external figures touching either period.
 */
export interface KpiFacts {
  period: KpiPeriod;
  now: Date;
  organization: OrganizationProfile | null;
  /** active desk accounts by role */
  agents: Record<Role, number>;
  /** live policy documents, and how many are about complaint handling (投诉处理) */
  policies: { total: number; complaintHandling: number };
  figures: ExternalFigure[];
  /** distinct customers who wrote to the desk in the period */
  contactingCustomers: number;
  complaints: ComplaintFact[];
  surveys: SurveyFact[];
}
