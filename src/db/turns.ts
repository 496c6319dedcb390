import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './client.ts';

const replyColumns = { id: true, text: true, author: true, createdAt: true } as const;

/** A bot reply as stored. */
export interface StoredReply {
  id: string;
  text: string;
  author: string;
  createdAt: Date;
}

/**
 * Ends a bot turn in one batched transaction: its replies (each remembering the inbound message it answers), the
 * conversation's new state and complaint, and the inbound message marked handled. Returns the stored replies in order.
 */
export async function commitTurn(
  db: Db,
  input: {
    conversationId: string;
    complaintId: string | null;
    inboundId: string | null;
    replies: string[];
    state: Prisma.InputJsonValue;
    /**
     * an agent held the chat when the turn began: the state is saved only if one still does, since closing or
     * releasing the chat rewrites it meanwhile
     */
    heldByAgent: boolean;
    at: Date;
  },
): Promise<StoredReply[]> {
  const replies = input.replies.map((text) =>
    db.message.create({
      data: {
        conversationId: input.conversationId,
        complaintId: input.complaintId,
        direction: 'outbound',
        author: 'bot',
        text,
        replyToId: input.inboundId,
        createdAt: input.at,
      },
      select: replyColumns,
    }),
  );
  const conversation = db.conversation.updateMany({
    where: { id: input.conversationId, ...(input.heldByAgent ? { owner: 'agent' } : {}) },
    data: { state: input.state, complaintId: input.complaintId, lastMessageAt: input.at },
  });
  const handled = input.inboundId
    ? [db.message.updateMany({ where: { id: input.inboundId }, data: { handledAt: input.at } })]
    : [];
  const results = await db.$transaction([...replies, conversation, ...handled]);
  return results.slice(0, replies.length) as StoredReply[];
}

/** The bot's replies to an inbound message, in the order they were sent. */
export function findRepliesTo(db: Db, conversationId: string, inboundId: string): Promise<StoredReply[]> {
  return db.message.findMany({
    where: { conversationId, replyToId: inboundId, author: 'bot' },
    select: replyColumns,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}
