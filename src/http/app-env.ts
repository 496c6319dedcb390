import type { ChannelStatusBoard } from '../channels/channel-status.ts';
import type { ConversationEngine } from '../conversation/run-turn.ts';
import type { Db } from '../db/client.ts';
import type { DeskBus } from '../events/desk-events.ts';
import type { SlaSettings } from '../handoff/sla-settings.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Logger } from '../log.ts';

/** What every route can reach: wired once in main.ts, never imported as a singleton. */
export interface AppDeps {
  db: Db;
  log: Logger;
  now: () => Date;
  bus: DeskBus;
  conversations: ConversationEngine;
  kb: KnowledgeBase;
  /** the stage deadlines in force (defaults or the Setting 'sla') */
  sla: SlaSettings;
  /** business time zone (TZ_BUSINESS): KPI periods are whole days in it */
  timeZone: string;
  /** the customer channels' connection status, published by the channels (WeChat) */
  channels: ChannelStatusBoard;
}

/** Hono environment: typed variables available as `c.var`. */
export type AppEnv = { Variables: { deps: AppDeps } };
