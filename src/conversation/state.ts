import { z } from 'zod';
import { attachmentSchema } from '../complaint/complaint-record.ts';
import { queueSchema, remedySchema } from '../complaint/taxonomy.ts';
import { complaintFieldsSchema, declinableFieldSchema } from '../triage/triage-result.ts';

/** Fields the bot asks for, in the order it asks (SPEC §1). */
export const askableFields = [
  'description',
  'product',
  'occurredOn',
  'remedyRequested',
  'contact',
  'orderNumber',
  'customerName',
] as const;
export const askableFieldSchema = z.enum(askableFields);
export type AskableField = z.infer<typeof askableFieldSchema>;

/** The complaint being taken down: what the customer said so far, what they declined, what was asked. */
export const draftSchema = z.object({
  fields: complaintFieldsSchema,
  declined: z.array(declinableFieldSchema),
  orderNumberUnknown: z.boolean(),
  /** how often each field was asked, so nothing is asked twice without need */
  asked: z.partialRecord(askableFieldSchema, z.number().int()),
  /** what the last bot message asked for, to read a bare answer ("电水壶", "姓王") */
  lastAsked: z.array(askableFieldSchema),
  /** photos and files the customer sent for this complaint */
  attachments: z.array(attachmentSchema).default([]),
});
export type Draft = z.infer<typeof draftSchema>;

export const proposalOfferSchema = z.object({
  remedies: z.array(remedySchema),
  text: z.string(),
  policyTitle: z.string(),
  amount: z.number().optional(),
});
export type ProposalOffer = z.infer<typeof proposalOfferSchema>;

/** Why a conversation goes to a human (STYLE §3). */
export const handoffReasons = [
  'customer_asked',
  'safety',
  'spillover_risk',
  'no_policy_answer',
  'low_confidence',
  'proposal_refused',
  'needs_human_decision',
  'misunderstood',
  'intake_unfinished',
] as const;
export const handoffReasonSchema = z.enum(handoffReasons);
export type HandoffReason = z.infer<typeof handoffReasonSchema>;

/** Where a case must go once it is acknowledged, decided by a fast path (safety, spill-over, "转人工", English). */
export const routeSchema = z.object({ queue: queueSchema, reason: handoffReasonSchema });
export type Route = z.infer<typeof routeSchema>;

/**
 * Where the dialogue stands. `idle`: nothing open; `collecting`: taking a complaint down; `confirming`: summary shown,
 * waiting for yes or a correction; `registered`: acknowledged, waiting on the shop; `proposing`: a policy remedy is on
 * the table; `handed_off`: in a human queue (the bot only keeps the customer company until an agent claims it);
 * `survey`: the complaint closed and the bot asked for a 1-5 score.
 */
export const phases = ['idle', 'collecting', 'confirming', 'registered', 'proposing', 'handed_off', 'survey'] as const;
export type Phase = (typeof phases)[number];

/** The conversation's working state: stored as validated JSON, versioned so older rows can be migrated. */
export const conversationStateSchema = z.object({
  version: z.literal(1),
  phase: z.enum(phases),
  /** the complaint this conversation is working on */
  complaintCode: z.string().nullable(),
  draft: draftSchema,
  offer: proposalOfferSchema.nullable(),
  /** the channel identity is itself a way to reach the customer (WeChat) */
  channelIsContact: z.boolean(),
  turn: z.number().int(),
  anger: z.number().int().min(0).max(3),
  humanRequests: z.number().int(),
  /** a safety case: handled on the fast path, never re-triggered */
  urgent: z.boolean(),
  /** turns with nothing understood in a row, to offer a human instead of looping */
  misunderstandings: z.number().int(),
  /** the human queue the case goes to once acknowledged; null: policy first */
  route: routeSchema.nullable().default(null),
  /** a complaint code the customer asked about that is not theirs: its status is shown once they give its phone */
  pendingStatusCode: z.string().nullable().default(null),
});
export type ConversationState = z.infer<typeof conversationStateSchema>;

/** A fresh draft. */
export function emptyDraft(): Draft {
  return { fields: {}, declined: [], orderNumberUnknown: false, asked: {}, lastAsked: [], attachments: [] };
}

/** The state of a conversation that has just begun. */
export function initialState(options: { channelIsContact: boolean }): ConversationState {
  return {
    version: 1,
    phase: 'idle',
    complaintCode: null,
    draft: emptyDraft(),
    offer: null,
    channelIsContact: options.channelIsContact,
    turn: 0,
    anger: 0,
    humanRequests: 0,
    urgent: false,
    misunderstandings: 0,
    route: null,
    pendingStatusCode: null,
  };
}

/** Reads stored state; anything unreadable starts over rather than failing the customer's turn. */
export function parseState(raw: unknown, fallback: ConversationState): ConversationState {
  const parsed = conversationStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : fallback;
}
