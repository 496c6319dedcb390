import { type Role, roles } from '../accounts/roles.ts';
import type { ExternalFigure } from '../complaint/kpis/external-figures.ts';
import type { ComplaintFact, KpiFacts, SurveyFact } from '../complaint/kpis/kpi-facts.ts';
import type { KpiPeriod } from '../complaint/kpis/kpi-period.ts';
import { type OrganizationProfile, organizationProfileSchema } from '../complaint/kpis/organization-profile.ts';
import { categorySchema, outcomeSchema, severitySchema, statusSchema } from '../complaint/taxonomy.ts';
import type { DbOrTx } from './client.ts';

/** The Setting row that holds the organisation's own facts (基础配置情况). */
export const organizationSettingKey = 'organization';

/** Knowledge-base category of the complaint-handling policy (投诉处理管理机制). */
const complaintHandlingCategory = '投诉处理';

/** The organisation profile, or null when none was saved (or what is stored no longer validates). */
export async function loadOrganizationProfile(db: DbOrTx): Promise<OrganizationProfile | null> {
  const row = await db.setting.findUnique({ where: { key: organizationSettingKey } });
  return organizationProfileSchema.safeParse(row?.value).data ?? null;
}

/** Replaces the organisation profile. */
export async function saveOrganizationProfile(db: DbOrTx, profile: OrganizationProfile): Promise<void> {
  await db.setting.upsert({
    where: { key: organizationSettingKey },
    create: { key: organizationSettingKey, value: profile },
    update: { value: profile },
  });
}

/** Everything the KPI report of `period` is computed from, read in one go. */
export async function gatherKpiFacts(db: DbOrTx, period: KpiPeriod, now: Date): Promise<KpiFacts> {
  const { start, end } = period;
  const [organization, agentRows, policyRows, figures, contacting, complaintRows, surveyRows] = await Promise.all([
    loadOrganizationProfile(db),
    db.agent.groupBy({ by: ['role'], where: { active: true }, _count: { _all: true } }),
    db.knowledgeDocument.findMany({ where: { deletedAt: null }, select: { category: true } }),
    listFiguresBetween(db, period.previous.from, period.to),
    db.message.findMany({
      where: { direction: 'inbound', createdAt: { gte: start, lt: end } },
      distinct: ['conversationId'],
      select: { conversation: { select: { customerId: true } } },
    }),
    db.complaint.findMany({
      where: {
        OR: [
          { receivedAt: { gte: period.previous.start, lt: end } },
          { closedAt: { gte: start, lt: end } },
          { status: { not: 'closed' }, resolutionDueAt: { gte: start, lt: end } },
        ],
      },
      select: {
        receivedAt: true,
        status: true,
        outcome: true,
        closedAt: true,
        category: true,
        severity: true,
        repeat: true,
        spilloverRisk: true,
        firstContactDueAt: true,
        firstHumanContactAt: true,
        resolutionDueAt: true,
        remedyAgreed: true,
      },
    }),
    db.surveyResponse.findMany({
      where: { createdAt: { gte: start, lt: end } },
      select: { score: true, timeliness: true, effectiveness: true, attitude: true, compensation: true },
    }),
  ]);
  const agents = Object.fromEntries(roles.map((r) => [r, 0])) as Record<Role, number>;
  for (const row of agentRows) if (row.role in agents) agents[row.role as Role] = row._count._all;
  return {
    period,
    now,
    organization,
    agents,
    policies: {
      total: policyRows.length,
      complaintHandling: policyRows.filter((p) => p.category === complaintHandlingCategory).length,
    },
    figures,
    contactingCustomers: new Set(contacting.map((m) => m.conversation.customerId)).size,
    complaints: complaintRows.map(
      (c): ComplaintFact => ({
        ...c,
        status: statusSchema.safeParse(c.status).data ?? 'received',
        outcome: outcomeSchema.safeParse(c.outcome).data ?? null,
        category: categorySchema.safeParse(c.category).data ?? null,
        severity: severitySchema.safeParse(c.severity).data ?? null,
        amountAgreed: amountOf(c.remedyAgreed),
      }),
    ),
    surveys: surveyRows satisfies SurveyFact[],
  };
}

/** A stored external figure with its id and when it was entered. */
export interface FigureRow extends ExternalFigure {
  id: string;
  createdAt: Date;
}

/** External figures whose period touches `from`..`to`, by indicator then period. */
export function listFiguresBetween(db: DbOrTx, from: string, to: string): Promise<FigureRow[]> {
  return db.externalFigure.findMany({
    where: { periodStart: { lte: to }, periodEnd: { gte: from } },
    orderBy: [{ indicator: 'asc' }, { periodStart: 'asc' }],
  });
}

/** All external figures, optionally of one indicator, by indicator then period. */
export function listFigures(db: DbOrTx, indicator?: string): Promise<FigureRow[]> {
  return db.externalFigure.findMany({
    where: indicator ? { indicator } : {},
    orderBy: [{ indicator: 'asc' }, { periodStart: 'asc' }],
  });
}

/** A figure of the same indicator whose period overlaps this one without being exactly it, or null. */
export function findOverlappingFigure(db: DbOrTx, figure: ExternalFigure): Promise<FigureRow | null> {
  return db.externalFigure.findFirst({
    where: {
      indicator: figure.indicator,
      periodStart: { lte: figure.periodEnd },
      periodEnd: { gte: figure.periodStart },
      NOT: { periodStart: figure.periodStart, periodEnd: figure.periodEnd },
    },
  });
}

/** Stores a figure; one entered again for the same indicator and period replaces the old value. */
export async function saveFigure(db: DbOrTx, figure: ExternalFigure): Promise<{ figure: FigureRow; created: boolean }> {
  const key = { indicator: figure.indicator, periodStart: figure.periodStart, periodEnd: figure.periodEnd };
  const existing = await db.externalFigure.findUnique({ where: { indicator_periodStart_periodEnd: key } });
  const row = existing
    ? await db.externalFigure.update({ where: { id: existing.id }, data: { value: figure.value } })
    : await db.externalFigure.create({ data: figure });
  return { figure: row, created: !existing };
}

/** Deletes a figure; false when there is none with this id. */
export async function deleteFigure(db: DbOrTx, id: string): Promise<boolean> {
  const { count } = await db.externalFigure.deleteMany({ where: { id } });
  return count > 0;
}

function amountOf(remedyAgreed: unknown): number | null {
  const amount = (remedyAgreed as { amount?: unknown } | null)?.amount;
  return typeof amount === 'number' && Number.isFinite(amount) ? amount : null;
}
