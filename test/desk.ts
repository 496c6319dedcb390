import { defaultSlaPolicy } from '../src/complaint/sla-policy.ts';
import { composeDesk, type DeskOptions } from '../src/compose-desk.ts';
import { seedKnowledge } from '../src/db/knowledge.ts';
import { createKnowledgeBase, samplePoliciesDir } from '../src/knowledge/index.ts';
import { silentLogger } from '../src/log.ts';
import { getSegmenter } from '../src/text/segmenter.ts';
import { buildCategoryModel } from '../src/triage/classify/build-category-model.ts';
import type { CategoryModel } from '../src/triage/classify/category-model.ts';
import { createTestDb } from './db.ts';

let model: CategoryModel | undefined;
/** The product's category model, trained once per test process. */
export function sharedModel(): CategoryModel {
  model ??= buildCategoryModel(getSegmenter());
  return model;
}

/** A clock tests move by hand. */
export function createClock(start = new Date('2026-11-28T10:00:00+08:00')) {
  let current = start;
  return {
    now: () => current,
    set: (at: Date) => {
      current = at;
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/**
 * The whole desk over a real, migrated SQLite database seeded with the sample policies, with a hand-moved clock
 * and the given capabilities.
 */
export async function createTestDesk(overrides: Partial<Omit<DeskOptions, 'db' | 'now'>> = {}) {
  const testDb = await createTestDb();
  const clock = createClock();
  await seedKnowledge(testDb.db, samplePoliciesDir);
  const kb = overrides.kb ?? (await createKnowledgeBase({ db: testDb.db, log: silentLogger }));
  const desk = composeDesk({
    db: testDb.db,
    log: silentLogger,
    now: clock.now,
    timeZone: 'Asia/Shanghai',
    shopName: '小满电器',
    sla: defaultSlaPolicy,
    model: sharedModel(),
    ...overrides,
    kb,
  });
  return { ...desk, db: testDb.db, clock, dispose: testDb.dispose };
}
