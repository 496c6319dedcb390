import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { Layout } from './layout.tsx';

/** GET /: the customer's web chat. */
export const chatPage = new Hono<AppEnv>().get('/', (c) =>
  c.html(
    `<!DOCTYPE html>${(
      <Layout title="倾听 · 在线投诉">
        <h1>倾听 · 在线投诉与售后</h1>
        <p id="chat-status">在线客服即将开放。</p>
      </Layout>
    )}`,
  ),
);
