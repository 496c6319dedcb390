import type { Role } from '../accounts/roles.ts';
import type { Db } from './client.ts';

export const bootstrapAdminName = '管理员 (bootstrap)';

/** The bootstrap admin account, if one was made. */
export function findBootstrapAdmin(db: Db) {
  return db.agent.findFirst({ where: { name: bootstrapAdminName, role: 'admin' } });
}

/** Creates an agent account; only the token's hash is stored. */
export function createAgent(db: Db, input: { name: string; role: Role; tokenHash: string }) {
  return db.agent.create({ data: input });
}

/** Replaces an agent's token hash. */
export function setAgentTokenHash(db: Db, id: string, tokenHash: string) {
  return db.agent.update({ where: { id }, data: { tokenHash, active: true } });
}

/** The active agent whose token hashes to `tokenHash`. */
export function findAgentByTokenHash(db: Db, tokenHash: string) {
  return db.agent.findFirst({ where: { tokenHash, active: true } });
}
