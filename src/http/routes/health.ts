import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

/** GET /healthz: 200 once the database answers. */
export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  await c.var.deps.db.$queryRaw`SELECT 1`;
  return c.json({ status: 'ok' });
});
