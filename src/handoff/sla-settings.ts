import type { SlaPolicy } from '../complaint/sla-policy.ts';
import type { Db } from '../db/client.ts';
import { saveSlaPolicy } from '../db/sla.ts';

/** The shop's stage deadlines as the running desk uses them: read at start-up, changed by an admin. */
export interface SlaSettings {
  current(): SlaPolicy;
  /** Stores a new policy and uses it from now on (complaints already assessed keep their deadlines). */
  replace(policy: SlaPolicy): Promise<void>;
  /**
   * The policy as a read-only object that always shows the current values, for parts that take a plain
   * `SlaPolicy` (the conversation engine computes deadlines and tells them to the customer from it).
   */
  view: SlaPolicy;
}

/** Settings starting from `initial` (the stored policy, or the defaults), saved to the Setting table on change. */
export function createSlaSettings(db: Db, initial: SlaPolicy): SlaSettings {
  let policy = initial;
  const view = Object.freeze({
    get firstContactHours() {
      return policy.firstContactHours;
    },
    get resolutionHours() {
      return policy.resolutionHours;
    },
    get progressIntervalHours() {
      return policy.progressIntervalHours;
    },
    get warnAtShare() {
      return policy.warnAtShare;
    },
  }) satisfies SlaPolicy;
  return {
    current: () => policy,
    async replace(next) {
      await saveSlaPolicy(db, next);
      policy = next;
    },
    view,
  };
}
