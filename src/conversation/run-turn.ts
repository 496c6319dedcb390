import { type Attachment, type ComplaintSummary, summarize } from '../complaint/complaint-record.ts';
import { findComplaintSummary, findLatestComplaintOfCustomer } from '../db/complaints.ts';
import {
  type ConversationRow,
  findConversation,
  findConversationById,
  listQuietIntakes,
  openConversation,
} from '../db/conversations.ts';
import { listUnhandledInbound, recordInbound } from '../db/messages.ts';
import { commitTurn, findRepliesTo } from '../db/turns.ts';
import { toView } from './complaint-view.ts';
import type { ConversationDeps } from './conversation-deps.ts';
import type { ConversationEvent, Understanding } from './events.ts';
import { executeEffect, type TurnScope } from './execute-effect.ts';
import { createKeyedSerializer } from './serialize-by-key.ts';
import { type ConversationState, initialState, parseState } from './state.ts';
import { type TransitionContext, transition } from './transition.ts';
import { understandMessage } from './understand/understand-message.ts';

/** One thing the desk says to the customer. */
export interface Reply {
  id: string;
  text: string;
  at: string;
  author: 'bot' | 'agent' | 'system';
}

export interface TurnOutcome {
  conversationId: string;
  replies: Reply[];
  complaint: ComplaintSummary | null;
  /** the same channel message arrived before; nothing was done again */
  duplicate: boolean;
}

export interface InboundMessage {
  channel: string;
  externalId: string;
  text: string;
  channelMessageId?: string;
  attachments?: Attachment[];
  /** the channel identity reaches the customer by itself (WeChat) */
  channelIsContact?: boolean;
  displayName?: string;
}

/** Caps one dialogue's chain of effects and result events; a real turn needs four or five. */
const maxStepsPerTurn = 12;
/** How long a customer may leave an intake unanswered before it is registered with what is known. */
export const quietIntakeMinutes = 30;

/**
 * The conversation engine's shell: loads state, runs the pure transition, executes its effects, feeds results back
 * as events, and persists everything before returning. Messages of one conversation run one at a time, in order.
 */
export function createConversationEngine(deps: ConversationDeps) {
  const serialize = createKeyedSerializer();

  async function startSession(
    input: Pick<InboundMessage, 'channel' | 'externalId' | 'channelIsContact' | 'displayName'>,
  ) {
    return serialize(`${input.channel}:${input.externalId}`, async () => {
      const now = deps.now();
      const { conversation, created } = await open(input);
      const state = stateOf(conversation, input.channelIsContact ?? false);
      // A conversation made just now is a customer met just now: nothing earlier to look up.
      const latest = created ? null : await findLatestComplaintOfCustomer(deps.db, conversation.customerId);
      return runEvents(
        conversation,
        state,
        null,
        [{ type: 'session_started', returning: latest && latest.status !== 'closed' ? toView(latest) : null }],
        now,
      );
    });
  }

  /** A message on a channel where the first message opens the conversation (WeChat, terminal). */
  function handleMessage(input: InboundMessage): Promise<TurnOutcome> {
    return turn(input, 'open') as Promise<TurnOutcome>;
  }

  /** A message to a web chat session, which only `startSession` opens: null when the session is unknown. */
  function handleSessionMessage(input: InboundMessage): Promise<TurnOutcome | null> {
    return turn(input, 'existing');
  }

  async function turn(input: InboundMessage, mode: 'open' | 'existing'): Promise<TurnOutcome | null> {
    return serialize(`${input.channel}:${input.externalId}`, async () => {
      const now = deps.now();
      const opened =
        mode === 'open'
          ? await open(input)
          : { conversation: await findConversation(deps.db, input.channel, input.externalId), created: false };
      if (!opened.conversation) return null;
      const { conversation, created } = opened;
      const state = stateOf(conversation, input.channelIsContact ?? false);
      const { message, duplicate } = await recordInbound(deps.db, {
        conversationId: conversation.id,
        complaintId: conversation.complaintId,
        text: input.text,
        attachments: input.attachments ?? [],
        channelMessageId: input.channelMessageId,
        at: now,
      });
      deps.bus.emit('deskChange', {
        code: state.complaintCode,
        conversationId: conversation.id,
        kind: 'customer_message',
        at: now,
      });
      if (duplicate && message.handledAt) {
        // A retried delivery: answer with what was said the first time, doing nothing again.
        const replies = (await findRepliesTo(deps.db, conversation.id, message.id)).map(toReply);
        return {
          conversationId: conversation.id,
          replies,
          complaint: await summaryOf(state.complaintCode),
          duplicate: true,
        };
      }
      const understanding = understandMessage(deps.engine, input.text, now, input.attachments, state.draft.fields);
      const events: ConversationEvent[] = [];
      if (created && input.channel !== 'web') events.push({ type: 'session_started', returning: null });
      events.push(messageEvent(conversation, understanding));
      return runEvents(conversation, state, message.id, events, now);
    });
  }

  /**
   * Finishes turns a stopped process left half done: inbound messages stored but never answered. Their replies go
   * to the customer's channel through the bus, since the request that brought them is gone.
   */
  async function resumeUnfinishedTurns(): Promise<number> {
    const pending = await listUnhandledInbound(deps.db);
    for (const message of pending) {
      const found = await findConversationById(deps.db, message.conversationId);
      if (!found) continue;
      await serialize(`${found.channel}:${found.externalId}`, async () => {
        // Re-read inside the queue: a live message may have moved the dialogue on meanwhile.
        const conversation = (await findConversationById(deps.db, message.conversationId)) ?? found;
        const now = deps.now();
        // A retried delivery may have finished this turn while it waited in the queue.
        const still = await deps.db.message.findUnique({ where: { id: message.id }, select: { handledAt: true } });
        if (!still || still.handledAt) return;
        const state = stateOf(conversation, conversation.channel !== 'web');
        const understanding = understandMessage(
          deps.engine,
          message.text,
          message.createdAt,
          message.attachments,
          state.draft.fields,
        );
        const outcome = await runEvents(
          conversation,
          state,
          message.id,
          [messageEvent(conversation, understanding)],
          now,
        );
        deliver(conversation, outcome.replies, now);
      });
    }
    return pending.length;
  }

  /**
   * Intakes the customer walked away from (the complaint still only `received`, the chat quiet for
   * `quietIntakeMinutes`) are registered with what is known and queued for a human, so no complaint waits unseen.
   * The clock drives this; replies go to the customer's channel through the bus. Returns how many were finished.
   */
  async function finishQuietIntakes(): Promise<number> {
    const cutoff = new Date(deps.now().getTime() - quietIntakeMinutes * 60_000);
    let finished = 0;
    for (const found of await listQuietIntakes(deps.db, cutoff)) {
      await serialize(`${found.channel}:${found.externalId}`, async () => {
        // Re-read inside the queue: the customer may have come back meanwhile.
        const conversation = await findConversationById(deps.db, found.id);
        if (!conversation || conversation.owner === 'agent' || conversation.lastMessageAt >= cutoff) return;
        const now = deps.now();
        const state = stateOf(conversation, conversation.channel !== 'web');
        const outcome = await runEvents(conversation, state, null, [{ type: 'customer_went_quiet' }], now);
        deliver(conversation, outcome.replies, now);
        if (outcome.replies.length) finished++;
      });
    }
    return finished;
  }

  /** Sends replies made outside a customer's request (resumed or clock-driven turns) to their channel. */
  function deliver(conversation: ConversationRow, replies: Reply[], now: Date): void {
    for (const reply of replies) {
      deps.bus.emit('toCustomer', {
        conversationId: conversation.id,
        channel: conversation.channel,
        externalId: conversation.externalId,
        messageId: reply.id,
        text: reply.text,
        author: 'bot',
        at: now,
      });
    }
  }

  async function runEvents(
    conversation: ConversationRow,
    initial: ConversationState,
    inboundId: string | null,
    events: ConversationEvent[],
    now: Date,
  ): Promise<TurnOutcome> {
    const ctx: TransitionContext = { now, timeZone: deps.timeZone, shopName: deps.shopName };
    const scope: TurnScope = {
      conversationId: conversation.id,
      customerId: conversation.customerId,
      channel: conversation.channel,
      sourceMessageId: inboundId,
      code: initial.complaintCode,
      complaint: null,
      humanRequested: false,
    };
    const texts: string[] = [];
    let state = initial;
    for (let step = 0; events.length > 0 && step < maxStepsPerTurn; step++) {
      const result = transition(state, events.shift()!, ctx);
      state = result.state;
      scope.humanRequested = state.humanRequests > 0;
      for (const effect of result.effects) {
        if (effect.type === 'reply') {
          texts.push(effect.text);
          continue;
        }
        const event = await executeEffect(deps, scope, effect, now);
        if (event) events.push(event);
      }
    }
    const code = state.complaintCode ?? scope.code;
    const stored = await commitTurn(deps.db, {
      conversationId: conversation.id,
      complaintId: await complaintIdOf(code, conversation, initial),
      inboundId,
      replies: texts,
      state,
      heldByAgent: conversation.owner === 'agent',
      at: now,
    });
    return {
      conversationId: conversation.id,
      replies: stored.map(toReply),
      complaint: scope.complaint?.code === code ? summarize(scope.complaint) : await summaryOf(code),
      duplicate: false,
    };
  }

  /** The id behind a complaint code: known without a query unless the turn moved to another complaint. */
  async function complaintIdOf(
    code: string | null,
    conversation: ConversationRow,
    initial: ConversationState,
  ): Promise<string | null> {
    if (!code) return null;
    if (code === initial.complaintCode && conversation.complaintId) return conversation.complaintId;
    return (await deps.db.complaint.findUnique({ where: { code }, select: { id: true } }))?.id ?? null;
  }

  async function open(input: Pick<InboundMessage, 'channel' | 'externalId' | 'channelIsContact' | 'displayName'>) {
    return openConversation(deps.db, {
      channel: input.channel,
      externalId: input.externalId,
      initialState: initialState({ channelIsContact: input.channelIsContact ?? false }),
      displayName: input.displayName,
    });
  }

  function summaryOf(code: string | null): Promise<ComplaintSummary | null> {
    return code ? findComplaintSummary(deps.db, code) : Promise.resolve(null);
  }

  return { startSession, handleMessage, handleSessionMessage, resumeUnfinishedTurns, finishQuietIntakes };
}

export type ConversationEngine = ReturnType<typeof createConversationEngine>;

function toReply(row: { id: string; text: string; createdAt: Date; author: string }): Reply {
  return { id: row.id, text: row.text, at: row.createdAt.toISOString(), author: row.author as Reply['author'] };
}

/** What a customer message is to the dialogue: a turn for the bot, or, while an agent holds the chat, for the agent. */
function messageEvent(conversation: ConversationRow, understanding: Understanding): ConversationEvent {
  return conversation.owner === 'agent'
    ? { type: 'message_to_agent', understanding }
    : { type: 'customer_message', understanding };
}

function stateOf(conversation: ConversationRow, channelIsContact: boolean): ConversationState {
  return parseState(conversation.state, initialState({ channelIsContact }));
}
