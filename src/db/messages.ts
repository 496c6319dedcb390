import { type Attachment, attachmentSchema } from '../complaint/complaint-record.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { Db, DbOrTx } from './client.ts';

export interface MessageRow {
  id: string;
  conversationId: string;
  complaintId: string | null;
  direction: string;
  author: string;
  agentId: string | null;
  private: boolean;
  text: string;
  createdAt: Date;
  handledAt: Date | null;
}

/**
 * Stores a customer message before anything else happens to it. A repeat of the same channel message id is not
 * stored twice: the first copy comes back with `duplicate: true`.
 */
export async function recordInbound(
  db: Db,
  input: {
    conversationId: string;
    complaintId: string | null;
    text: string;
    attachments: Attachment[];
    channelMessageId?: string;
    at: Date;
  },
): Promise<{ message: { id: string; handledAt: Date | null }; duplicate: boolean }> {
  const select = { id: true, handledAt: true } as const;
  try {
    const message = await db.message.create({
      data: {
        conversationId: input.conversationId,
        complaintId: input.complaintId,
        direction: 'inbound',
        author: 'customer',
        text: input.text,
        attachments: input.attachments,
        channelMessageId: input.channelMessageId,
        createdAt: input.at,
      },
      select,
    });
    return { message, duplicate: false };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') || !input.channelMessageId) {
      throw error;
    }
    const message = await db.message.findUniqueOrThrow({
      where: {
        conversationId_channelMessageId: {
          conversationId: input.conversationId,
          channelMessageId: input.channelMessageId,
        },
      },
      select,
    });
    return { message, duplicate: true };
  }
}

/** Stores what the bot, an agent or the system said (or noted privately) in a conversation. */
export function recordOutbound(
  db: DbOrTx,
  input: {
    conversationId: string;
    complaintId: string | null;
    author: 'bot' | 'agent' | 'system';
    agentId?: string;
    text: string;
    private?: boolean;
    direction?: 'outbound' | 'activity';
    at: Date;
  },
): Promise<MessageRow> {
  return db.message.create({
    data: {
      conversationId: input.conversationId,
      complaintId: input.complaintId,
      direction: input.direction ?? 'outbound',
      author: input.author,
      agentId: input.agentId,
      private: input.private ?? false,
      text: input.text,
      createdAt: input.at,
    },
  });
}

/** Inbound messages whose turn never finished (the process stopped mid-turn), oldest first, with their files. */
export async function listUnhandledInbound(db: Db): Promise<(MessageRow & { attachments: Attachment[] })[]> {
  const rows = await db.message.findMany({
    where: { direction: 'inbound', handledAt: null },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => ({ ...row, attachments: attachmentSchema.array().catch([]).parse(row.attachments) }));
}

/** Messages of a conversation after `afterId` (for replays to a reconnecting client), oldest first. */
export function listConversationMessages(db: Db, conversationId: string, options: { includePrivate: boolean }) {
  return db.message.findMany({
    where: { conversationId, ...(options.includePrivate ? {} : { private: false }) },
    orderBy: { createdAt: 'asc' },
  });
}
