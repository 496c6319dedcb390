import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { Layout } from './layout.tsx';
import { chatPageConfig } from './page-config.ts';

const shopPattern = /^[\w-]{1,64}$/;

/**
 * GET /: the customer's web chat. `?embed=1` is the compact form the widget opens in an iframe; `?shop=` keeps the
 * conversations of different embedding sites apart in the browser's storage.
 */
export const chatPage = new Hono<AppEnv>().get('/', (c) => {
  const embed = c.req.query('embed') === '1';
  const shop = c.req.query('shop');
  const config = chatPageConfig({ shop: shop && shopPattern.test(shop) ? shop : null, embed });
  return c.html(
    `<!DOCTYPE html>${(
      <Layout title="在线投诉与售后 · 倾听" asset="chat" config={config} bodyClass={embed ? 'embed' : undefined}>
        <div class="chat">
          <header class="chat-header">
            <div class="brand">
              <h1>在线投诉与售后</h1>
              <p class="brand-sub">智能客服随时在线，需要时转人工</p>
            </div>
            <button type="button" id="text-size" class="text-size" aria-pressed="false">
              <span aria-hidden="true">A+</span> 大字
            </button>
          </header>
          <p id="complaint-banner" class="complaint-banner" role="status" hidden>
            投诉编号 <strong id="complaint-code" /> <span class="complaint-sep">·</span> 状态：
            <span id="complaint-status" />
          </p>
          <p id="connection" class="connection" role="status" hidden />
          <main class="chat-main" id="chat-main">
            <ol id="messages" class="messages" role="log" aria-live="polite" aria-label="对话记录" />
            <p id="typing" class="typing" role="status" hidden>
              <span class="typing-dots" aria-hidden="true">
                <span />
                <span />
                <span />
              </span>
              客服正在输入…
            </p>
          </main>
          <form id="composer" class="composer" autocomplete="off">
            <label for="composer-text" class="visually-hidden">
              输入消息（按回车发送，Shift+回车换行）
            </label>
            <textarea
              id="composer-text"
              name="text"
              rows={1}
              maxlength={20000}
              placeholder="请描述您遇到的问题…"
              enterkeyhint="send"
              required
            />
            <button type="submit" class="send">
              发送
            </button>
          </form>
          <noscript>
            <p class="noscript">在线客服需要浏览器启用 JavaScript。</p>
          </noscript>
        </div>
      </Layout>
    )}`,
  );
});
