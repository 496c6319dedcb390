import type { Context } from 'hono';
import { hasAuthority, type Role, roleSchema } from '../accounts/roles.ts';
import { hashToken } from '../accounts/token.ts';
import { findAgentByTokenHash } from '../db/agents.ts';
import { roleLabels } from '../handoff/role-labels.ts';
import type { AppEnv } from './app-env.ts';
import { ApiError } from './errors.ts';

/** The agent behind a request's bearer token. */
export interface AuthenticatedAgent {
  id: string;
  name: string;
  role: Role;
}

/** Longer than any token we issue or accept as ADMIN_TOKEN; anything longer is not worth hashing. */
const maxTokenLength = 512;
const bearerPattern = /^Bearer[ \t]+([!-~]+)[ \t]*$/i;

/**
 * Resolves `Authorization: Bearer <token>` to the active agent and checks their role reaches `required`.
 * Called first in every admin handler: 401 `unauthorized` for a missing, malformed, unknown or revoked token;
 * 403 `forbidden` when the role is too low.
 */
export async function requireAgent(c: Context<AppEnv>, required: Role): Promise<AuthenticatedAgent> {
  const token = bearerToken(c.req.header('authorization'));
  if (!token) {
    c.header('WWW-Authenticate', 'Bearer realm="qingting"');
    throw new ApiError(
      'unauthorized',
      '需要登录：请在 Authorization 头中提供 Bearer 令牌 / missing or malformed bearer token',
    );
  }
  const row = await findAgentByTokenHash(c.var.deps.db, hashToken(token));
  const role = roleSchema.safeParse(row?.role).data;
  if (!row || !role) {
    c.header('WWW-Authenticate', 'Bearer realm="qingting", error="invalid_token"');
    throw new ApiError('unauthorized', '令牌无效或账号已停用 / unknown or revoked token');
  }
  if (!hasAuthority(role, required)) {
    throw new ApiError(
      'forbidden',
      `权限不足：需要${roleLabels[required]}及以上角色 / requires role ${required} or higher (you are ${role})`,
    );
  }
  return { id: row.id, name: row.name, role };
}

/** The `actor` string agents leave on timelines and in the audit log. */
export function actorOf(agent: AuthenticatedAgent): string {
  return `agent:${agent.id}`;
}

function bearerToken(header: string | undefined): string | null {
  const token = header?.match(bearerPattern)?.[1];
  return token && token.length <= maxTokenLength ? token : null;
}
