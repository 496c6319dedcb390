import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/db.ts';
import { silentLogger } from '../log.ts';
import { createApp } from './app.ts';

let testDb: Awaited<ReturnType<typeof createTestDb>>;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, log: silentLogger, now: () => new Date() });
});
afterAll(() => testDb.dispose());

describe('http app', () => {
  it('answers /healthz when the database answers', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
  });

  it('answers an unknown route with the JSON error shape', async () => {
    const res = await app.request('/api/nothing-here', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('/api/nothing-here') },
    });
  });
});
