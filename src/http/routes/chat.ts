import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { findConversationComplaintSummary } from '../../db/complaints.ts';
import { findConversation } from '../../db/conversations.ts';
import { listConversationMessages } from '../../db/messages.ts';
import type { CustomerMessageEvent } from '../../events/desk-events.ts';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../errors.ts';
import { readBody } from '../read-body.ts';

const channel = 'web';
/** Longest message the web chat accepts; longer text gets a 413 telling the customer to split it. */
export const maxMessageLength = 20_000;

const messageSchema = z.object({
  text: z.string({ error: 'text 必须是字符串 / text must be a string' }).max(maxMessageLength, {
    error: `消息太长（超过 ${maxMessageLength} 字），请分几条发送`,
  }),
  /** the client's own id for the message: a retried POST with the same id is not processed twice */
  clientMessageId: z.string().min(1).max(100).optional(),
});

const sessionIdPattern = /^[A-Za-z0-9_-]{20,100}$/;

/** SPEC §6 web chat: the customer side, no login; the session id is the secret. */
export const chatRoutes = new Hono<AppEnv>()
  .post('/sessions', async (c) => {
    await readBody(c, z.object({}).loose());
    const sessionId = randomBytes(24).toString('base64url');
    const outcome = await c.var.deps.conversations.startSession({ channel, externalId: sessionId });
    return c.json({ sessionId, replies: outcome.replies }, 201);
  })

  .post('/sessions/:sessionId/messages', async (c) => {
    const sessionId = c.req.param('sessionId');
    if (!sessionIdPattern.test(sessionId)) throw unknownSession();
    const body = await readBody(c, messageSchema);
    const outcome = await c.var.deps.conversations.handleSessionMessage({
      channel,
      externalId: sessionId,
      text: body.text,
      channelMessageId: body.clientMessageId,
    });
    if (!outcome) throw unknownSession();
    return c.json({ replies: outcome.replies, complaint: outcome.complaint });
  })

  .get('/sessions/:sessionId/messages', async (c) => {
    const sessionId = await requireSession(c.var.deps, c.req.param('sessionId'));
    const conversation = (await findConversation(c.var.deps.db, channel, sessionId))!;
    const rows = await listConversationMessages(c.var.deps.db, conversation.id, { includePrivate: false });
    return c.json({
      items: rows
        .filter((m) => m.direction !== 'activity')
        .map((m) => ({ id: m.id, text: m.text, at: m.createdAt.toISOString(), author: m.author })),
      complaint: await findConversationComplaintSummary(c.var.deps.db, conversation.id),
    });
  })

  .get('/sessions/:sessionId/events', async (c) => {
    const sessionId = await requireSession(c.var.deps, c.req.param('sessionId'));
    const conversation = (await findConversation(c.var.deps.db, channel, sessionId))!;
    const { bus } = c.var.deps;
    return streamSSE(c, async (stream) => {
      const queue: CustomerMessageEvent[] = [];
      let wake: (() => void) | undefined;
      const listener = (event: CustomerMessageEvent) => {
        if (event.conversationId !== conversation.id) return;
        queue.push(event);
        wake?.();
      };
      bus.on('toCustomer', listener);
      stream.onAbort(() => {
        bus.off('toCustomer', listener);
        wake?.();
      });
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted) {
        const next = queue.shift();
        if (next) {
          await stream.writeSSE({
            id: next.messageId,
            event: 'reply',
            data: JSON.stringify({
              id: next.messageId,
              text: next.text,
              at: next.at.toISOString(),
              author: next.author,
              // the complaint as it stands now, so the widget's status line follows agents' work
              complaint: await findConversationComplaintSummary(c.var.deps.db, conversation.id),
            }),
          });
          continue;
        }
        // Wait for a message, or send a comment every 25 s so proxies keep the stream open.
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 25_000).unref();
        });
        wake = undefined;
        if (!queue.length && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
      bus.off('toCustomer', listener);
    });
  });

async function requireSession(deps: AppEnv['Variables']['deps'], sessionId: string): Promise<string> {
  const known = sessionIdPattern.test(sessionId) && (await findConversation(deps.db, channel, sessionId));
  if (!known) throw unknownSession();
  return sessionId;
}

function unknownSession(): ApiError {
  return new ApiError('not_found', '会话不存在或已过期，请刷新页面重新开始 / unknown session');
}
