import type { Attachment } from '../complaint/complaint-record.ts';
import type { Queue, Severity, Status } from '../complaint/taxonomy.ts';
import type { SafetyKind } from '../triage/assess/detect-safety.ts';
import type { AngerLevel } from '../triage/assess/measure-anger.ts';
import type { RankedCategory } from '../triage/classify/category-model.ts';
import type { ComplaintFields, Extraction } from '../triage/triage-result.ts';
import type { HandoffReason, ProposalOffer } from './state.ts';
import type { Intent } from './understand/detect-intents.ts';

export type { HandoffReason };

/** What the bot understood of one customer message; computed before the transition so the transition stays pure. */
export interface Understanding {
  /** the text as the bot reads it (trimmed, capped) */
  text: string;
  /** the whole text, trimmed: what goes into the complaint's description */
  fullText: string;
  /** the message was longer than the bot reads */
  truncated: boolean;
  extraction: Extraction;
  intents: ReadonlySet<Intent>;
  safety: readonly SafetyKind[];
  spillover: boolean;
  anger: AngerLevel;
  /** categories best first with probabilities */
  ranking: readonly RankedCategory[];
  /** a complaint code the customer quoted */
  code?: string;
  /** the message tells what went wrong (part of the story), rather than only answering, greeting or asking */
  describes: boolean;
  /** nothing beyond field values, their labels and courtesy: "12月1号买的", "电话13800138000" */
  bare: boolean;
  /** a short reply that reads as a name ("王", "李女士"), for when the bot has just asked how to address them */
  bareName?: string;
  /** the message has no letters or digits at all (emoji, punctuation, empty, or only photos and files) */
  empty: boolean;
  /** photos and files that came with the message */
  attachments: readonly Attachment[];
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

/** Why a status lookup showed nothing: no such code, not theirs without the phone it was filed with, or nothing filed. */
export type StatusRefusal = 'not_found' | 'needs_phone' | 'phone_mismatch' | 'none';

/** Everything the transition reacts to: the customer, results of its own effects, and the humans behind it. */
export type ConversationEvent =
  | { type: 'session_started'; returning: ComplaintView | null }
  | { type: 'customer_message'; understanding: Understanding }
  /** a customer message while an agent holds the chat: the bot stays silent */
  | { type: 'message_to_agent'; understanding: Understanding }
  /** the customer stopped answering mid-intake, with a complaint already taken down */
  | { type: 'customer_went_quiet' }
  | { type: 'complaint_created'; code: string }
  | {
      type: 'complaint_acknowledged';
      complaint: ComplaintView;
      firstContactHours: number;
      resolutionHours: number;
      progressHours: number;
      /** the customer (or the phone they gave) complained before */
      repeat: boolean;
    }
  | { type: 'handed_off'; complaint: ComplaintView; waitingAhead: number; reason: HandoffReason }
  /**
   * `adopted`: the §1 fields of a complaint filed in another session, proven by its phone, that this conversation now
   * follows (its story told, so later messages add to it); null when the complaints are the customer's own
   */
  | { type: 'status_found'; complaints: ComplaintView[]; adopted: ComplaintFields | null }
  | { type: 'status_unavailable'; queried: string | null; reason: StatusRefusal }
  | { type: 'policy_offer'; offer: ProposalOffer | null }
  /** `request`: the question asked for something ("能不能先发货"); unanswered, it is noted as the customer's wish */
  | { type: 'policy_answer'; answer: { text: string } | null; request?: string };

/** Data the transition asks the shell to act on; results come back as events. */
export type Effect =
  | { type: 'reply'; text: string }
  | {
      type: 'createComplaint';
      fields: Extraction['fields'];
      declined: string[];
      orderNumberUnknown: boolean;
      attachments: Attachment[];
    }
  | { type: 'updateComplaint'; fields: Extraction['fields']; declined: string[]; orderNumberUnknown: boolean }
  | { type: 'recordDetail'; text: string }
  /** photos or files the customer sent for the registered complaint */
  | { type: 'attachFiles'; attachments: Attachment[] }
  | { type: 'acknowledge'; urgent: boolean }
  | { type: 'handOff'; queue: Queue; reason: HandoffReason }
  /** a registered complaint turns out dangerous or heading outside: its assessment is raised (never lowered) */
  | { type: 'raiseRisk'; safety: boolean; spilloverRisk: boolean }
  /** the story of a complaint registered on "转人工" alone arrived: categorise and assess it again */
  | { type: 'reassess' }
  /** `code` null: the customer's own open complaints; `phone`: what they gave, to prove a code from elsewhere */
  | { type: 'lookupStatus'; code: string | null; phone: string | null }
  | { type: 'findPolicyOffer' }
  | { type: 'answerQuestion'; question: string; request?: boolean }
  | { type: 'respondToOffer'; accepted: boolean }
  | { type: 'recordSurvey'; score: number; comment?: string };
