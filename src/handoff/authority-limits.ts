import type { Role } from '../accounts/roles.ts';
import type { AccessDecision } from './case-access.ts';
import { roleLabels } from './role-labels.ts';

/**
 * 补偿与退款审批权限, from the sample policy knowledge/compensation-authority.md: the largest amount (yuan) each role
 * may put to a customer on its own authority; null: no limit (主管 decides above 2000 元).
 */
export const compensationLimits: Record<Role, number | null> = {
  frontline: 200,
  specialist: 2000,
  supervisor: null,
  admin: null,
};

/** Whether `role` may offer `amount` yuan; without an amount there is nothing to approve. */
export function checkCompensationAuthority(role: Role, amount: number | undefined): AccessDecision {
  const limit = compensationLimits[role];
  if (amount === undefined || limit === null || amount <= limit) return { ok: true };
  const nextRole: Role =
    compensationLimits.specialist !== null && amount <= compensationLimits.specialist ? 'specialist' : 'supervisor';
  return {
    ok: false,
    code: 'forbidden',
    message:
      `补偿金额 ${amount} 元超出${roleLabels[role]}的审批权限（${limit} 元以内），请转交${roleLabels[nextRole]}处理 / ` +
      `amount ${amount} yuan exceeds the ${role} limit of ${limit} yuan; transfer the complaint to a ${nextRole}`,
  };
}
