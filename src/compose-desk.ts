import { createChannelStatusBoard } from './channels/channel-status.ts';
// The desk's wiring, shared by main.ts and the tests: which real part or fake serves each capability.
import type { SlaPolicy } from './complaint/sla-policy.ts';
import { createConversationEngine } from './conversation/run-turn.ts';
import type { Db } from './db/client.ts';
import { createDeskBus } from './events/desk-events.ts';
import { createSlaScheduler } from './handoff/sla-scheduler.ts';
import { createSlaSettings } from './handoff/sla-settings.ts';
import { createApp } from './http/app.ts';
import type { KnowledgeBase } from './knowledge/knowledge-base.ts';
import { createPolicyAdvisor } from './knowledge/policy-advisor.ts';
import type { LlmClient } from './llm/llm-client.ts';
import { triageWithLlm } from './llm/triage-with-llm.ts';
import type { Logger } from './log.ts';
import { getSegmenter } from './text/segmenter.ts';
import type { CategoryModel } from './triage/classify/category-model.ts';
import { createTriageEngine } from './triage/triage-engine.ts';

export interface DeskOptions {
  db: Db;
  log: Logger;
  now: () => Date;
  timeZone: string;
  shopName: string;
  /** the stage deadlines at start-up: the Setting 'sla' if stored, else the defaults */
  sla: SlaPolicy;
  model: CategoryModel;
  kb: KnowledgeBase;
  /** unset: the offline engine alone */
  llm?: LlmClient;
}

/** Builds the engine, the conversation shell and the HTTP app over one set of capabilities. */
export function composeDesk(options: DeskOptions) {
  const { db, log, now, timeZone, llm } = options;
  const bus = createDeskBus();
  const slaSettings = createSlaSettings(db, options.sla);
  const engine = createTriageEngine({ model: options.model, segmenter: getSegmenter(), timeZone });
  const triage = async (text: string, at: Date) => {
    const offline = engine.triage(text, at);
    return llm ? triageWithLlm(llm, text, at, offline, { timeZone }) : offline;
  };
  const conversations = createConversationEngine({
    db,
    engine,
    triage,
    policies: createPolicyAdvisor({ db, kb: options.kb, timeZone, llm }),
    sla: slaSettings.view,
    timeZone,
    shopName: options.shopName,
    now,
    log,
    bus,
  });
  const channels = createChannelStatusBoard();
  const app = createApp({ db, log, now, bus, conversations, kb: options.kb, sla: slaSettings, timeZone, channels });
  const sla = createSlaScheduler({
    db,
    bus,
    log,
    now,
    timeZone,
    settings: slaSettings,
    beforeEachPass: conversations.finishQuietIntakes,
  });
  return { app, bus, engine, triage, conversations, kb: options.kb, sla, slaSettings, channels };
}

export type Desk = ReturnType<typeof composeDesk>;
