import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { Layout } from './layout.tsx';

/** GET /console: the agents' console. */
export const consolePage = new Hono<AppEnv>().get('/', (c) =>
  c.html(
    `<!DOCTYPE html>${(
      <Layout title="倾听 · 客服工作台">
        <h1>倾听 · 客服工作台</h1>
        <p id="console-status">请使用管理员令牌登录。</p>
      </Layout>
    )}`,
  ),
);
