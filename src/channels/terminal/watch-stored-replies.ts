import type { Db } from '../../db/client.ts';
import { findConversation } from '../../db/conversations.ts';
import { listConversationMessages } from '../../db/messages.ts';
import type { OutboundChannelMessage } from '../channel.ts';

/**
 * Polls the database for what agents and the desk said in the current conversation: the desk bus only reaches this
 * process, and an agent usually answers from the console of the server, another process on the same database. Every
 * terminal session is a new conversation, so all of it is news; the channel shows each message once.
 */
export function watchStoredReplies(options: {
  db: Db;
  channel: string;
  /** the conversation to watch now (it changes with /new) */
  externalId: () => string;
  intervalMs: number;
  onReply: (externalId: string, message: OutboundChannelMessage) => Promise<void>;
}): { stop(): void } {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const externalId = options.externalId();
      const conversation = await findConversation(options.db, options.channel, externalId);
      if (!conversation) return;
      const rows = await listConversationMessages(options.db, conversation.id, { includePrivate: false });
      for (const row of rows) {
        if (row.direction !== 'outbound') continue;
        if (row.author !== 'agent' && row.author !== 'system') continue;
        await options.onReply(externalId, { type: 'text', text: row.text, author: row.author, id: row.id });
      }
    } catch {
      // The next tick tries again; a chat for demos should not die of a busy database.
    } finally {
      running = false;
    }
  }, options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
