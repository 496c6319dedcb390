import { bootstrapAdminName, createAgent, findBootstrapAdmin, setAgentTokenHash } from '../db/agents.ts';
import type { Db } from '../db/client.ts';
import { generateToken, hashToken } from './token.ts';

export type BootstrapResult = { kind: 'configured' } | { kind: 'generated'; token: string } | { kind: 'existing' };

/**
 * Makes sure an admin account exists (SPEC §6). With ADMIN_TOKEN set, that token opens it; without, a token is
 * generated on first start and returned once so it can be printed; later starts keep it.
 */
export async function ensureBootstrapAdmin(db: Db, adminToken: string | undefined): Promise<BootstrapResult> {
  const admin = await findBootstrapAdmin(db);
  if (adminToken !== undefined) {
    const tokenHash = hashToken(adminToken);
    if (!admin) await createAgent(db, { name: bootstrapAdminName, role: 'admin', tokenHash });
    else if (admin.tokenHash !== tokenHash || !admin.active) await setAgentTokenHash(db, admin.id, tokenHash);
    return { kind: 'configured' };
  }
  if (admin) return { kind: 'existing' };
  const token = generateToken();
  await createAgent(db, { name: bootstrapAdminName, role: 'admin', tokenHash: hashToken(token) });
  return { kind: 'generated', token };
}
