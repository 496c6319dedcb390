import type { Queue, Severity, Status } from '../complaint/taxonomy.ts';
import type { SafetyKind } from '../triage/assess/detect-safety.ts';
import type { AngerLevel } from '../triage/assess/measure-anger.ts';
import type { RankedCategory } from '../triage/classify/category-model.ts';
import type { Extraction } from '../triage/triage-result.ts';
import type { ProposalOffer } from './state.ts';
import type { Intent } from './understand/detect-intents.ts';

/** What the bot understood of one customer message; computed before the transition so the transition stays pure. */
export interface Understanding {
  /** the text as the bot reads it (trimmed, capped) */
  text: string;
  extraction: Extraction;
  intents: ReadonlySet<Intent>;
  safety: readonly SafetyKind[];
  spillover: boolean;
  anger: AngerLevel;
  /** categories best first with probabilities */
  ranking: readonly RankedCategory[];
  /** a complaint code the customer quoted */
  code?: string;
  /** the message carries something worth recording as the complaint's description */
  substantive: boolean;
  /** the message has no letters or digits at all (emoji, punctuation, empty) */
  empty: boolean;
  /** mostly Latin script: the customer may not read Chinese comfortably */
  latin: boolean;
}

/** A complaint as the dialogue needs to talk about it. */
export interface ComplaintView {
  code: string;
  status: Status;
  queue: Queue | null;
  severity: Severity | null;
  spilloverRisk: boolean;
  firstContactDueAt: Date | null;
  resolutionDueAt: Date | null;
  assigned: boolean;
}

/** Everything the transition reacts to: the customer, results of its own effects, and the humans behind it. */
export type ConversationEvent =
  | { type: 'session_started'; returning: ComplaintView | null }
  | { type: 'customer_message'; understanding: Understanding }
  | { type: 'complaint_created'; code: string }
  | { type: 'complaint_acknowledged'; complaint: ComplaintView; firstContactHours: number; resolutionHours: number; progressHours: number }
  | { type: 'handed_off'; complaint: ComplaintView; waitingAhead: number }
  | { type: 'status_found'; complaint: ComplaintView | null; queried: string | null }
  | { type: 'policy_offer'; offer: ProposalOffer | null }
  | { type: 'policy_answer'; answer: { text: string } | null };

/** Why a conversation goes to a human (STYLE §3). */
export type HandoffReason =
  | 'customer_asked'
  | 'safety'
  | 'spillover_risk'
  | 'no_policy_answer'
  | 'low_confidence'
  | 'proposal_refused'
  | 'needs_human_decision'
  | 'misunderstood';

/** Data the transition asks the shell to act on; results come back as events. */
export type Effect =
  | { type: 'reply'; text: string }
  | { type: 'createComplaint'; fields: Extraction['fields']; declined: string[]; orderNumberUnknown: boolean }
  | { type: 'updateComplaint'; fields: Extraction['fields']; declined: string[]; orderNumberUnknown: boolean }
  | { type: 'recordDetail'; text: string }
  | { type: 'acknowledge'; urgent: boolean }
  | { type: 'handOff'; queue: Queue; reason: HandoffReason }
  | { type: 'lookupStatus'; code: string | null }
  | { type: 'findPolicyOffer' }
  | { type: 'answerQuestion'; question: string }
  | { type: 'respondToOffer'; accepted: boolean }
  | { type: 'recordSurvey'; score: number; comment?: string };
