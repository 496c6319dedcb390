import type { Role } from '../accounts/roles.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db, DbOrTx } from './client.ts';

export const bootstrapAdminName = '管理员 (bootstrap)';

const publicColumns = { id: true, name: true, role: true, active: true, createdAt: true } as const;

/** The bootstrap admin account, if one was made. */
export function findBootstrapAdmin(db: Db) {
  return db.agent.findFirst({ where: { name: bootstrapAdminName, role: 'admin' } });
}

/** Creates an agent account; only the token's hash is stored. */
export function createAgent(db: DbOrTx, input: { name: string; role: Role; tokenHash: string }) {
  return db.agent.create({ data: input, select: publicColumns });
}

/** Replaces an agent's token hash. */
export function setAgentTokenHash(db: DbOrTx, id: string, tokenHash: string) {
  return db.agent.update({ where: { id }, data: { tokenHash, active: true }, select: publicColumns });
}

/** Gives an agent a new token (the old one stops working at once); the account stays as active as it was. */
export function replaceAgentToken(db: DbOrTx, id: string, tokenHash: string) {
  return db.agent.update({ where: { id }, data: { tokenHash }, select: publicColumns });
}

/** The active agent whose token hashes to `tokenHash`. */
export function findAgentByTokenHash(db: DbOrTx, tokenHash: string) {
  return db.agent.findFirst({ where: { tokenHash, active: true } });
}

/** One agent account without its token hash, or null. */
export function findAgent(db: DbOrTx, id: string) {
  return db.agent.findUnique({ where: { id }, select: publicColumns });
}

/** Every agent account, active ones first, then by name. */
export function listAgents(db: DbOrTx) {
  return db.agent.findMany({ select: publicColumns, orderBy: [{ active: 'desc' }, { name: 'asc' }, { id: 'asc' }] });
}

/** Renames an agent, changes their role, or (de)activates the account. */
export function updateAgent(db: DbOrTx, id: string, input: { name?: string; role?: Role; active?: boolean }) {
  return db.agent.update({ where: { id }, data: input, select: publicColumns });
}

/** How many active admins there are other than `exceptId`: the last one may not be demoted or deactivated. */
export function countOtherActiveAdmins(db: DbOrTx, exceptId: string): Promise<number> {
  return db.agent.count({ where: { role: 'admin', active: true, id: { not: exceptId } } });
}

/** Records who did what through the admin API. */
export async function recordAudit(
  db: DbOrTx,
  entry: { actor: string; action: string; target?: string; detail?: Prisma.InputJsonValue; at: Date },
): Promise<void> {
  await db.auditLog.create({ data: entry });
}
