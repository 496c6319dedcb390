import { type Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { roleSchema } from '../../accounts/roles.ts';
import { hashToken } from '../../accounts/token.ts';
import { findAgentByTokenHash } from '../../db/agents.ts';
import type { DeskChangeEvent } from '../../events/desk-events.ts';
import type { AppEnv } from '../app-env.ts';
import { type AuthenticatedAgent, requireAgent } from '../auth.ts';
import { ApiError } from '../errors.ts';

const keepAliveMs = 25_000;
const maxTokenLength = 512;

/**
 * GET /api/admin/stream: a text/event-stream that tells the agents' console when to refresh. Events:
 * `ready` `{agent: {id, name, role}, now}` once connected (`now` is the desk's clock, so waiting times agree with it);
 * `change` `{code, kind, at, conversationId?}` whenever a complaint or its conversation changes (DeskBus
 * `deskChange`); `signed_out` `{}` if the token stops being valid while connected, after which the stream ends.
 *
 * Authentication: the usual `Authorization: Bearer <token>` header, or, because a browser's EventSource cannot send
 * headers, `?token=<token>` in the query string. This is the only route that accepts a token in the URL: it reads
 * nothing but change notices, and the console opens it over the same origin. Keep proxies from logging its query.
 */
export const consoleStreamRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { agent, tokenHash } = await requireStreamAgent(c);
  const { bus, db, now } = c.var.deps;
  return streamSSE(c, async (stream) => {
    const queue: DeskChangeEvent[] = [];
    let wake: (() => void) | undefined;
    const listener = (event: DeskChangeEvent) => {
      queue.push(event);
      wake?.();
    };
    bus.on('deskChange', listener);
    stream.onAbort(() => {
      bus.off('deskChange', listener);
      wake?.();
    });
    await stream.writeSSE({
      event: 'ready',
      data: JSON.stringify({ agent, now: now().toISOString() }),
    });
    let sequence = 0;
    let checkedAt = Date.now();
    while (!stream.aborted) {
      const next = queue.shift();
      if (next) {
        await stream.writeSSE({
          id: String(++sequence),
          event: 'change',
          data: JSON.stringify({
            code: next.code,
            kind: next.kind,
            at: next.at.toISOString(),
            ...(next.conversationId ? { conversationId: next.conversationId } : {}),
          }),
        });
      } else {
        const quiet = await new Promise<boolean>((resolve) => {
          wake = () => resolve(false);
          setTimeout(() => resolve(true), keepAliveMs).unref();
        });
        wake = undefined;
        if (stream.aborted) break;
        if (quiet) await stream.write(': keep-alive\n\n');
      }
      // Now and then, notice a token revoked while the console stays open.
      if (Date.now() - checkedAt >= keepAliveMs) {
        checkedAt = Date.now();
        if (!(await findAgentByTokenHash(db, tokenHash))) {
          await stream.writeSSE({ event: 'signed_out', data: '{}' });
          break;
        }
      }
    }
    bus.off('deskChange', listener);
  });
});

/** The agent behind the header token, or behind `?token=` when there is no header; any role may listen. */
async function requireStreamAgent(c: Context<AppEnv>): Promise<{ agent: AuthenticatedAgent; tokenHash: string }> {
  const queryToken = c.req.query('token');
  if (c.req.header('authorization') !== undefined || queryToken === undefined) {
    const agent = await requireAgent(c, 'frontline');
    const header = c.req.header('authorization') ?? '';
    return { agent, tokenHash: hashToken(header.replace(/^Bearer[ \t]+/i, '').trim()) };
  }
  const row =
    queryToken.length > 0 && queryToken.length <= maxTokenLength
      ? await findAgentByTokenHash(c.var.deps.db, hashToken(queryToken))
      : null;
  const role = roleSchema.safeParse(row?.role).data;
  if (!row || !role) throw new ApiError('unauthorized', '令牌无效或账号已停用 / unknown or revoked token');
  return { agent: { id: row.id, name: row.name, role }, tokenHash: hashToken(queryToken) };
}
