import type { ComplaintRecord } from '../complaint/complaint-record.ts';
import type { SlaPolicy } from '../complaint/sla-policy.ts';
import type { Db } from '../db/client.ts';
import type { DeskBus } from '../events/desk-events.ts';
import type { Logger } from '../log.ts';
import type { TriageEngine } from '../triage/triage-engine.ts';
import type { TriageResult } from '../triage/triage-result.ts';
import type { ProposalOffer } from './state.ts';

/** What the bot may say from the shop's policies (the knowledge base, seen from the dialogue). */
export interface PolicyAdvisor {
  /** A short answer to a customer's question, citing the policy, or null when no policy answers it. */
  answer(question: string): Promise<{ text: string } | null>;
  /** A remedy a policy fully covers for this complaint, or null when a human must decide. */
  findOffer(complaint: ComplaintRecord, now: Date): Promise<ProposalOffer | null>;
}

/** Everything a conversation turn needs, wired once in main.ts. */
export interface ConversationDeps {
  db: Db;
  engine: TriageEngine;
  /** triage of a whole complaint description: offline, or merged with the model's when one is configured */
  triage: (text: string, now: Date) => Promise<TriageResult>;
  policies: PolicyAdvisor;
  sla: SlaPolicy;
  timeZone: string;
  shopName: string;
  now: () => Date;
  log: Logger;
  bus: DeskBus;
}
