import { Cron } from 'croner';
import { evaluateSla } from '../complaint/evaluate-sla.ts';
import type { SlaPolicy } from '../complaint/sla-policy.ts';
import type { Db } from '../db/client.ts';
import { applySlaWrite, findSlaCase, listSlaCandidates } from '../db/sla.ts';
import type { DeskBus } from '../events/desk-events.ts';
import type { Logger } from '../log.ts';
import { planSlaWrite } from './sla-plan.ts';
import type { SlaSettings } from './sla-settings.ts';

export interface SlaSchedulerDeps {
  db: Db;
  bus: DeskBus;
  log: Logger;
  now: () => Date;
  timeZone: string;
  settings: SlaSettings;
  /** other clock-driven work each pass starts with: finishing intakes customers walked away from */
  beforeEachPass?: () => Promise<unknown>;
}

/** What one pass did: complaints looked at, and those that changed. */
export interface SlaTickResult {
  checked: number;
  changed: string[];
}

const hour = 3_600_000;

/**
 * The SLA clock (附件D 投诉递进, guide 六(三) 投诉跟踪): a thin shell around `evaluateSla`. Every pass loads the
 * complaints with a deadline near, evaluates each and records what it asks for in one transaction per complaint.
 * All timing state lives in the database, so a restart neither loses nor repeats anything.
 */
export function createSlaScheduler(deps: SlaSchedulerDeps) {
  let job: Cron | undefined;
  let running: Promise<SlaTickResult> | undefined;

  async function tick(): Promise<SlaTickResult> {
    await deps.beforeEachPass?.().catch((error: unknown) => deps.log.error('clock-driven work failed', { error }));
    const now = deps.now();
    const policy = deps.settings.current();
    const codes = await listSlaCandidates(deps.db, { now, ...horizons(policy, now) });
    const changed: string[] = [];
    for (const code of codes) {
      try {
        if (await runOne(code, policy, now)) changed.push(code);
      } catch (error) {
        deps.log.error('sla check failed', { code, error });
      }
    }
    if (changed.length) deps.log.info('sla pass', { checked: codes.length, changed: changed.length });
    return { checked: codes.length, changed };
  }

  async function runOne(code: string, policy: SlaPolicy, now: Date): Promise<boolean> {
    // Most candidates (long overdue, already handled) need nothing: look before opening a write transaction.
    const peek = await findSlaCase(deps.db, code);
    if (!peek || evaluateSla(policy, peek, now).length === 0) return false;
    const result = await deps.db.$transaction(async (tx) => {
      const slaCase = await findSlaCase(tx, code);
      if (!slaCase) return null;
      const write = planSlaWrite(slaCase, evaluateSla(policy, slaCase, now), { now, timeZone: deps.timeZone });
      if (!write) return null;
      return { delivery: await applySlaWrite(tx, code, write), escalated: write.escalation !== undefined };
    });
    if (!result) return false;
    if (result.delivery) deps.bus.emit('toCustomer', result.delivery);
    deps.bus.emit('deskChange', { code, kind: result.escalated ? 'complaint_queued' : 'complaint_updated', at: now });
    return true;
  }

  /** One pass now; passes never overlap. */
  function runTick(): Promise<SlaTickResult> {
    running ??= tick().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    tick: runTick,
    /** Runs a pass at once (catching up on anything that fell due while stopped), then every `seconds`. */
    start(seconds = 30) {
      if (job) return;
      job = new Cron('* * * * * *', { interval: seconds, protect: true, catch: true, unref: true }, async () => {
        await runTick();
      });
      void job.trigger();
    },
    /** Stops the clock and waits for a pass in progress. */
    async stop() {
      job?.stop();
      job = undefined;
      await running?.catch(() => undefined);
    },
  };
}

export type SlaScheduler = ReturnType<typeof createSlaScheduler>;

/** How far ahead a deadline may be and still need a warning: the widest warning window of each stage. */
function horizons(policy: SlaPolicy, now: Date): { firstContactBy: Date; resolutionBy: Date } {
  const ahead = (hours: Record<string, number>) =>
    new Date(now.getTime() + policy.warnAtShare * Math.max(...Object.values(hours)) * hour);
  return { firstContactBy: ahead(policy.firstContactHours), resolutionBy: ahead(policy.resolutionHours) };
}
