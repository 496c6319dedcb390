import type { Queue } from '../../../../complaint/taxonomy.ts';
import { h, replaceChildren } from '../shared/dom.ts';
import { formatDateTime, formatDuration } from '../shared/format-time.ts';
import type { ComplaintRecord } from './admin-api.ts';
import { complaintBadges } from './badges.ts';
import type { ConsoleContext, View } from './console-context.ts';
import { failureText, formError, onSubmit } from './run-action.ts';

type ListState = { items: ComplaintRecord[] } | { error: string } | null;

/** The two waiting queues (most urgent first, as the API orders them), my open complaints, and a search. */
export function queueView(ctx: ConsoleContext): View {
  const lists = {
    frontline: section('queue-frontline', '一线队列'),
    specialist: section('queue-specialist', '专员队列'),
    mine: section('queue-mine', '我处理中的投诉'),
  };
  const state: Record<keyof typeof lists, ListState> = { frontline: null, specialist: null, mine: null };
  const results = h('ol', { class: 'case-list', 'aria-live': 'polite' });
  const query = h('input', {
    id: 'search-q',
    class: 'search-input',
    type: 'search',
    name: 'q',
    placeholder: '编号、描述、电话…',
  });
  const searchForm = h(
    'form',
    { class: 'search', role: 'search' },
    h('label', { for: 'search-q' }, '查找投诉'),
    h('div', { class: 'row' }, query, h('button', { type: 'submit' }, '搜索')),
    formError(),
  );
  onSubmit(ctx, searchForm, async () => {
    const q = query.value.trim();
    if (!q) return undefined;
    const found = await ctx.api.complaints({ q, limit: '20' });
    replaceChildren(
      results,
      found.items.length ? found.items.map((c) => card(ctx, c)) : h('li', { class: 'empty' }, '没有找到'),
    );
    return undefined;
  });

  const element = h(
    'section',
    { class: 'queues' },
    h('h2', { class: 'view-title', tabindex: '-1' }, '待处理队列'),
    h('div', { class: 'queue-grid' }, lists.frontline.element, lists.specialist.element, lists.mine.element),
    h('section', { class: 'panel search-panel' }, h('h3', null, '全部投诉'), searchForm, results),
  );

  async function load(name: keyof typeof lists, fetch: () => Promise<{ items: ComplaintRecord[] }>) {
    try {
      state[name] = await fetch();
    } catch (error) {
      state[name] = { error: failureText(error) };
    }
    draw(name);
  }

  function draw(name: keyof typeof lists) {
    const current = state[name];
    const { list, count } = lists[name];
    if (!current) return;
    if ('error' in current) {
      count.textContent = '';
      replaceChildren(list, h('li', { class: 'empty' }, current.error));
      return;
    }
    count.textContent = String(current.items.length);
    replaceChildren(
      list,
      current.items.length ? current.items.map((c) => card(ctx, c)) : h('li', { class: 'empty' }, '暂无'),
    );
  }

  function refresh() {
    for (const queue of ['frontline', 'specialist'] as Queue[]) void load(queue, () => ctx.api.queue(queue));
    void load('mine', async () => {
      const page = await ctx.api.complaints({ assignee: 'me', limit: '50' });
      return { items: page.items.filter((c) => c.status !== 'closed') };
    });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 200);
  };
  // Waiting times grow while nobody touches the queue.
  const ticker = setInterval(() => {
    for (const name of Object.keys(lists) as (keyof typeof lists)[]) draw(name);
  }, 30_000);

  refresh();
  return {
    element,
    onChange: refreshSoon,
    onReconnect: refresh,
    dispose() {
      clearTimeout(timer);
      clearInterval(ticker);
    },
  };
}

function section(id: string, title: string) {
  const count = h('span', { class: 'count' });
  const list = h('ol', { class: 'case-list' }, h('li', { class: 'empty' }, '加载中…'));
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': `${id}-title`, id },
    h('h3', { id: `${id}-title` }, title, ' ', count),
    list,
  );
  return { element, list, count };
}

/** One complaint in a list: code, badges, category, the customer's words, how long it has waited, its deadline. */
function card(ctx: ConsoleContext, c: ComplaintRecord): HTMLLIElement {
  const waitingSince = c.queuedAt ?? c.receivedAt;
  const due = c.firstHumanContactAt ? c.resolutionDueAt : (c.firstContactDueAt ?? c.resolutionDueAt);
  const overdue = due !== null && c.status !== 'closed' && Date.parse(due) < ctx.now();
  return h(
    'li',
    null,
    h(
      'a',
      { class: `case-card sev-${c.severity ?? 'none'}`, href: `#/complaints/${encodeURIComponent(c.code)}` },
      h('span', { class: 'case-card-head' }, h('strong', { class: 'code' }, c.code), complaintBadges(ctx, c)),
      h('span', { class: 'case-card-category' }, c.category ?? '类别未定'),
      h('span', { class: 'case-card-desc' }, c.fields.description ?? '（顾客尚未描述问题）'),
      h(
        'span',
        { class: 'case-card-meta' },
        c.status === 'closed'
          ? `已结束 · ${ctx.config.outcomeLabels[c.outcome ?? 'withdrawn'] ?? ''}`
          : c.assignee
            ? `处理人：${ctx.agentName(c.assignee.id) === '我' ? '我' : c.assignee.name}`
            : `已等待 ${formatDuration(ctx.now() - Date.parse(waitingSince))}`,
        due && c.status !== 'closed'
          ? h(
              'span',
              { class: overdue ? 'overdue' : '' },
              ` · 时限 ${formatDateTime(due)}${overdue ? '（已超时）' : ''}`,
            )
          : null,
      ),
    ),
  );
}
