import type { Prisma } from '../generated/prisma/client.ts';
import type { Db, DbOrTx } from './client.ts';

export interface ConversationRow {
  id: string;
  customerId: string;
  channel: string;
  externalId: string;
  owner: 'bot' | 'agent';
  agentId: string | null;
  complaintId: string | null;
  state: unknown;
  lastMessageAt: Date;
}

const columns = {
  id: true,
  customerId: true,
  channel: true,
  externalId: true,
  owner: true,
  agentId: true,
  complaintId: true,
  state: true,
  lastMessageAt: true,
} as const;

/** The conversation of one channel identity, or null. */
export async function findConversation(db: Db, channel: string, externalId: string): Promise<ConversationRow | null> {
  const row = await db.conversation.findUnique({
    where: { channel_externalId: { channel, externalId } },
    select: columns,
  });
  return row as ConversationRow | null;
}

/** The conversation with this id, or null. */
export async function findConversationById(db: Db, id: string): Promise<ConversationRow | null> {
  return (await db.conversation.findUnique({ where: { id }, select: columns })) as ConversationRow | null;
}

/**
 * The conversation of a channel identity, made on first contact together with its customer and identity.
 * `created` tells a first contact from a returning one.
 */
export async function openConversation(
  db: Db,
  input: { channel: string; externalId: string; initialState: Prisma.InputJsonValue; displayName?: string },
): Promise<{ conversation: ConversationRow; created: boolean }> {
  const existing = await findConversation(db, input.channel, input.externalId);
  if (existing) return { conversation: existing, created: false };
  const conversation = await db.$transaction(async (tx) => {
    const identity = await tx.channelIdentity.findUnique({
      where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
    });
    const customerId =
      identity?.customerId ??
      (
        await tx.customer.create({
          data: {
            displayName: input.displayName,
            identities: { create: { channel: input.channel, externalId: input.externalId } },
          },
        })
      ).id;
    return tx.conversation.create({
      data: { customerId, channel: input.channel, externalId: input.externalId, state: input.initialState },
      select: columns,
    });
  });
  return { conversation: conversation as ConversationRow, created: true };
}

/**
 * Conversations the customer left mid-intake: the bot still has them, their complaint is still only `received`, and
 * nothing was said since `before`.
 */
export async function listQuietIntakes(db: Db, before: Date): Promise<ConversationRow[]> {
  const rows = await db.conversation.findMany({
    where: { owner: 'bot', lastMessageAt: { lt: before }, complaint: { status: 'received' } },
    select: columns,
  });
  return rows as ConversationRow[];
}

/** Saves the dialogue state after a turn, and which complaint the conversation is on. */
export async function saveConversationState(
  db: DbOrTx,
  id: string,
  input: { state: Prisma.InputJsonValue; complaintId: string | null; at: Date },
): Promise<void> {
  await db.conversation.update({
    where: { id },
    data: { state: input.state, complaintId: input.complaintId, lastMessageAt: input.at },
  });
}

/** Gives the conversation to an agent (the bot falls silent) or back to the bot. */
export async function setConversationOwner(db: DbOrTx, id: string, agentId: string | null): Promise<void> {
  await db.conversation.update({ where: { id }, data: { owner: agentId ? 'agent' : 'bot', agentId } });
}

/**
 * The complaint's id and the conversation to reach its customer on: the one linked to it, else the one its messages
 * are in, else the customer's latest on the complaint's channel. Null when there is no such complaint.
 */
export async function findComplaintConversation(
  db: DbOrTx,
  code: string,
): Promise<{ complaintId: string; conversation: ConversationRow | null } | null> {
  const complaint = await db.complaint.findUnique({
    where: { code },
    select: { id: true, customerId: true, channel: true },
  });
  if (!complaint) return null;
  const linked = await db.conversation.findFirst({
    where: { complaintId: complaint.id },
    orderBy: { lastMessageAt: 'desc' },
    select: columns,
  });
  const message = linked
    ? null
    : await db.message.findFirst({
        where: { complaintId: complaint.id },
        orderBy: { createdAt: 'desc' },
        select: { conversationId: true },
      });
  const row =
    linked ??
    (message
      ? await db.conversation.findUnique({ where: { id: message.conversationId }, select: columns })
      : await db.conversation.findFirst({
          where: { customerId: complaint.customerId, channel: complaint.channel },
          orderBy: { lastMessageAt: 'desc' },
          select: columns,
        }));
  return { complaintId: complaint.id, conversation: row as ConversationRow | null };
}
