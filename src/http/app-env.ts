import type { Db } from '../db/client.ts';
import type { Logger } from '../log.ts';

/** What every route can reach: wired once in main.ts, never imported as a singleton. */
export interface AppDeps {
  db: Db;
  log: Logger;
  now: () => Date;
}

/** Hono environment: typed variables available as `c.var`. */
export type AppEnv = { Variables: { deps: AppDeps } };
