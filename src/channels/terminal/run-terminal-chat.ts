import type { Readable, Writable } from 'node:stream';
import type { ConversationEngine } from '../../conversation/run-turn.ts';
import type { Db } from '../../db/client.ts';
import type { DeskBus } from '../../events/desk-events.ts';
import type { Logger } from '../../log.ts';
import { connectChannel } from '../connect-channel.ts';
import { createTerminalChannel, terminalChannelName } from './terminal-channel.ts';
import { watchStoredReplies } from './watch-stored-replies.ts';

export interface TerminalChatOptions {
  input: Readable;
  output: Writable;
  conversations: Pick<ConversationEngine, 'handleMessage' | 'startSession'>;
  bus: DeskBus;
  log: Logger;
  /** also show agent replies stored by another process (the server's console), polling every `pollMs` */
  watch?: { db: Db; pollMs: number };
  newSessionId?: () => string;
}

/**
 * A chat with the bot in the terminal until `/quit` or the end of input: greets, answers each line, shows the
 * complaint's code and status when there is one, and prints what agents say meanwhile.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { conversations } = options;
  const channel = createTerminalChannel({
    input: options.input,
    output: options.output,
    newSessionId: options.newSessionId,
    onSession: async (externalId) => {
      const outcome = await conversations.startSession({ channel: terminalChannelName, externalId });
      for (const reply of outcome.replies) {
        await channel.send(externalId, { type: 'text', text: reply.text, author: reply.author, id: reply.id });
      }
    },
  });
  const connection = await connectChannel({
    adapter: channel,
    conversations,
    bus: options.bus,
    log: options.log,
    retry: { attempts: 0, baseMs: 0, capMs: 0 },
  });
  const watcher = options.watch
    ? watchStoredReplies({
        db: options.watch.db,
        channel: terminalChannelName,
        externalId: channel.session,
        intervalMs: options.watch.pollMs,
        onReply: channel.send,
      })
    : undefined;
  await channel.closed;
  watcher?.stop();
  await connection.stop();
}
