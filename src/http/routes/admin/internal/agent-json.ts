import { roleSchema } from '../../../../accounts/roles.ts';

/** An agent row as the API shows it; a role the code does not know reads as the lowest one. */
export function agentJson(row: { id: string; name: string; role: string; active: boolean; createdAt: Date }) {
  return {
    id: row.id,
    name: row.name,
    role: roleSchema.catch('frontline').parse(row.role),
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}
