// The agents' console: sign in with a token, then queues, complaints and the knowledge base, kept live by the
// console stream (GET /api/admin/stream).
import type { ConsolePageConfig } from '../../page-config.ts';
import { byId, h, readPageConfig, replaceChildren } from '../shared/dom.ts';
import { setupLargeText } from '../shared/large-text.ts';
import { openLiveStream } from '../shared/live-stream.ts';
import { RequestFailure } from '../shared/request-json.ts';
import { createAdminApi } from './admin-api.ts';
import { complaintView } from './complaint-view.ts';
import type { ConsoleContext, DeskChange, View } from './console-context.ts';
import { parseRoute } from './console-route.ts';
import { type Identity, identifyAgent } from './identify-agent.ts';
import { knowledgeView } from './knowledge-view.ts';
import { queueView } from './queue-view.ts';
import { tokenStore } from './token-store.ts';

const config = readPageConfig<ConsolePageConfig>();
const root = byId('view');
const signInForm = byId<HTMLFormElement>('sign-in');
const tokenInput = byId<HTMLInputElement>('token');
const signInError = byId('sign-in-error');
const nav = byId('nav');
const who = byId('who');
const liveState = byId('live-state');
const signOutButton = byId<HTMLButtonElement>('sign-out');
const toast = byId('toast');

let session: { view: View | null; stream: { close(): void }; ctx: ConsoleContext } | null = null;
let toastTimer: ReturnType<typeof setTimeout> | undefined;

function notify(text: string, kind: 'ok' | 'error' = 'ok') {
  toast.textContent = text;
  toast.className = `toast toast-${kind}`;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    toast.hidden = true;
  }, 5000);
}

function start(token: string, identity: Identity) {
  const me = identity.agent;
  const offset = Date.parse(identity.now) - Date.now();
  const names = new Map<string, string>();
  const api = createAdminApi(token, () => signOut('登录已失效（令牌被更换或账号已停用），请重新登录。'));
  const ctx: ConsoleContext = {
    api,
    me,
    config,
    now: () => Date.now() + offset,
    notify,
    agentName: (id) => (!id ? '客服' : id === me.id ? `我（${me.name}）` : (names.get(id) ?? '客服')),
  };
  if (config.roles.indexOf(me.role) >= config.roles.indexOf('supervisor')) {
    api.agents().then(
      (agents) => {
        for (const agent of agents.items) names.set(agent.id, agent.name);
      },
      () => undefined,
    );
  }

  let reconnecting = false;
  const stream = openLiveStream({
    url: () => `/api/admin/stream?token=${encodeURIComponent(token)}`,
    events: {
      ready: () => {
        if (reconnecting) session?.view?.onReconnect?.();
        reconnecting = false;
      },
      change: (data) => session?.view?.onChange?.(data as DeskChange),
      signed_out: () => signOut('账号已停用或令牌已更换，请重新登录。'),
    },
    onState: (state) => {
      if (state === 'retrying') reconnecting = true;
      liveState.hidden = false;
      liveState.className = `live-state live-${state}`;
      const text = state === 'open' ? '实时更新中' : state === 'retrying' ? '连接中断，正在重连…' : '连接中…';
      liveState.title = text;
      replaceChildren(liveState, h('span', { class: 'live-label' }, text));
    },
  });

  session = { view: null, stream, ctx };
  signInForm.remove();
  nav.hidden = false;
  who.hidden = false;
  who.textContent = `${me.name}（${config.roleLabels[me.role]}）`;
  signOutButton.hidden = false;
  showRoute();
}

function showRoute() {
  if (!session) return;
  session.view?.dispose?.();
  const route = parseRoute(location.hash);
  const { ctx } = session;
  const view =
    route.name === 'complaint'
      ? complaintView(ctx, route.code)
      : route.name === 'knowledge'
        ? knowledgeView(ctx, route.id)
        : queueView(ctx);
  session.view = view;
  replaceChildren(root, view.element);
  for (const link of nav.querySelectorAll('a')) {
    const current = link.dataset.nav === (route.name === 'knowledge' ? 'knowledge' : 'queues');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  view.element.querySelector<HTMLElement>('.view-title')?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function signOut(message = '') {
  if (session) {
    session.stream.close();
    session.view?.dispose?.();
    session = null;
  }
  tokenStore.clear();
  nav.hidden = true;
  who.hidden = true;
  liveState.hidden = true;
  signOutButton.hidden = true;
  tokenInput.value = '';
  signInError.textContent = message;
  replaceChildren(root, signInForm);
  if (location.hash) history.replaceState(null, '', location.pathname);
  tokenInput.focus();
}

async function signIn(token: string, remembered: boolean) {
  const button = signInForm.querySelector('button');
  if (button) button.disabled = true;
  signInError.textContent = '';
  try {
    const identity = await identifyAgent(token);
    tokenStore.save(token);
    start(token, identity);
  } catch (error) {
    const failure = error instanceof RequestFailure ? error : null;
    if (failure?.status === 401 || !remembered) tokenStore.clear();
    signInError.textContent =
      failure?.status === 401
        ? remembered
          ? '登录已失效，请重新输入令牌。'
          : '令牌不正确，或账号已停用。'
        : (failure?.message ?? '登录失败，请重试。');
  } finally {
    if (button) button.disabled = false;
  }
}

setupLargeText(byId<HTMLButtonElement>('text-size'));
signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = tokenInput.value.trim();
  if (token) void signIn(token, false);
});
signOutButton.addEventListener('click', () => {
  signOut('已退出登录。');
  notify('已退出登录');
});
window.addEventListener('hashchange', showRoute);
const saved = tokenStore.read();
if (saved) void signIn(saved, true);
