import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/db.ts';
import { generateToken, hashToken } from '../accounts/token.ts';
import { createAgent, updateAgent } from '../db/agents.ts';
import { createDeskBus } from '../events/desk-events.ts';
import { silentLogger } from '../log.ts';
import type { AppDeps, AppEnv } from './app-env.ts';
import { requireAgent } from './auth.ts';
import { renderError } from './errors.ts';

let testDb: Awaited<ReturnType<typeof createTestDb>>;
let app: Hono<AppEnv>;
const tokens = { frontline: generateToken(), supervisor: generateToken(), retired: generateToken() };

beforeAll(async () => {
  testDb = await createTestDb();
  const { db } = testDb;
  await createAgent(db, { name: '一线', role: 'frontline', tokenHash: hashToken(tokens.frontline) });
  await createAgent(db, { name: '主管', role: 'supervisor', tokenHash: hashToken(tokens.supervisor) });
  const retired = await createAgent(db, { name: '离职', role: 'admin', tokenHash: hashToken(tokens.retired) });
  await updateAgent(db, retired.id, { active: false });
  const deps = { db, log: silentLogger, now: () => new Date(), bus: createDeskBus() } as unknown as AppDeps;
  app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('deps', deps);
      await next();
    })
    .get('/specialist-only', async (c) => c.json(await requireAgent(c, 'specialist')))
    .onError(renderError(silentLogger));
});
afterAll(() => testDb.dispose());

const get = (authorization?: string) =>
  app.request('/specialist-only', { headers: authorization ? { authorization } : {} });

describe('requireAgent', () => {
  it('resolves a bearer token to the active agent with enough authority', async () => {
    const res = await get(`Bearer ${tokens.supervisor}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: expect.any(String), name: '主管', role: 'supervisor' });
    expect((await get(`bearer   ${tokens.supervisor}  `)).status).toBe(200);
  });

  it.each([
    ['missing', undefined],
    ['another scheme', `Basic ${tokens.supervisor}`],
    ['no token', 'Bearer '],
    ['two words', `Bearer ${tokens.supervisor} x`],
    ['unknown token', `Bearer ${generateToken()}`],
    ['overlong token', `Bearer ${'a'.repeat(600)}`],
    ['deactivated account', `Bearer ${tokens.retired}`],
  ])('answers %s with 401 unauthorized and a Bearer challenge', async (_, header) => {
    const res = await get(header);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="qingting"/);
    expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it('answers a role below the required one with 403 forbidden', async () => {
    const res = await get(`Bearer ${tokens.frontline}`);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'forbidden', message: expect.stringContaining('specialist') } });
  });
});
