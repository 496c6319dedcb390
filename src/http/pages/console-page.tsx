import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { Layout } from './layout.tsx';
import { consolePageConfig } from './page-config.ts';

/** GET /console: the agents' console; the script signs in with a token and draws the views. */
export const consolePage = new Hono<AppEnv>().get('/', (c) =>
  c.html(
    `<!DOCTYPE html>${(
      <Layout title="客服工作台 · 倾听" asset="console" config={consolePageConfig()}>
        <header class="topbar">
          <h1 class="topbar-title">倾听 · 客服工作台</h1>
          <nav id="nav" class="topbar-nav" aria-label="主菜单" hidden>
            <a href="#/queues" data-nav="queues">
              队列
            </a>
            <a href="#/knowledge" data-nav="knowledge">
              知识库
            </a>
          </nav>
          <div class="topbar-tools">
            <span id="live-state" class="live-state" role="status" hidden />
            <span id="who" class="who" hidden />
            <button type="button" id="text-size" class="text-size" aria-pressed="false">
              <span aria-hidden="true">A+</span> 大字
            </button>
            <button type="button" id="sign-out" class="secondary" hidden>
              退出登录
            </button>
          </div>
        </header>
        <p id="toast" class="toast" role="status" aria-live="polite" hidden />
        <main id="view" class="view" tabindex={-1}>
          <form id="sign-in" class="card sign-in">
            <h2>登录工作台</h2>
            <p class="hint">
              请输入您的令牌。管理员令牌在服务首次启动时打印在终端里（或为 ADMIN_TOKEN
              环境变量）；客服令牌由管理员在创建账号时发放。令牌只保存在本标签页，关闭即失效。
            </p>
            <label for="token">令牌</label>
            <input id="token" name="token" type="password" autocomplete="current-password" required />
            <p id="sign-in-error" class="form-error" role="alert" />
            <button type="submit">登录</button>
          </form>
        </main>
        <noscript>
          <p class="noscript">客服工作台需要浏览器启用 JavaScript。</p>
        </noscript>
      </Layout>
    )}`,
  ),
);
