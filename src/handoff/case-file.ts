import { z } from 'zod';
import { remedySchema } from '../complaint/taxonomy.ts';

const isoTime = z.iso.datetime();

/** One line of the 附件C 跟踪投诉 table: what happened, when, who did it ("bot", "customer", "agent:<id>"), a note. */
export const timelineEntrySchema = z.object({
  type: z.string(),
  at: isoTime,
  actor: z.string(),
  note: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** A message of the complaint's conversation as an agent sees it, private notes included. */
export const caseMessageSchema = z.object({
  id: z.string(),
  /** inbound (customer), outbound (bot/agent/system) or activity */
  direction: z.enum(['inbound', 'outbound', 'activity']),
  author: z.enum(['customer', 'bot', 'agent', 'system']),
  agentId: z.string().nullable(),
  /** a private note: never shown to the customer */
  private: z.boolean(),
  text: z.string(),
  at: isoTime,
});
export type CaseMessage = z.infer<typeof caseMessageSchema>;

export const proposalStatuses = ['open', 'accepted', 'refused', 'withdrawn'] as const;

/** A remedy put to the customer (方案沟通), by the bot from policy or by an agent. */
export const proposalRecordSchema = z.object({
  id: z.string(),
  remedies: z.array(remedySchema),
  text: z.string(),
  /** yuan */
  amount: z.number().nullable(),
  /** "bot" | "agent:<id>" */
  proposedBy: z.string(),
  policyRef: z.string().nullable(),
  status: z.enum(proposalStatuses),
  createdAt: isoTime,
  respondedAt: isoTime.nullable(),
});
export type ProposalRecord = z.infer<typeof proposalRecordSchema>;
