import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDesk } from '../../test/desk.ts';

let desk: Awaited<ReturnType<typeof createTestDesk>>;
let app: typeof desk.app;
beforeAll(async () => {
  desk = await createTestDesk();
  app = desk.app;
});
afterAll(() => desk.dispose());

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
