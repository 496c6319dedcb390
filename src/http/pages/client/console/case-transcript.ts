import { h, replaceChildren } from '../shared/dom.ts';
import { formatDateTime } from '../shared/format-time.ts';
import type { ComplaintDetail } from './admin-api.ts';
import type { ConsoleContext } from './console-context.ts';

/** The conversation as the agent sees it: customer, bot, agents and private notes told apart. */
export function caseTranscript(ctx: ConsoleContext) {
  const list = h('ol', { class: 'transcript', 'aria-live': 'polite', 'aria-label': '对话记录' });
  const scroller = h('div', { class: 'transcript-scroll' }, list);
  let shown = '';

  return {
    element: scroller,
    update(detail: ComplaintDetail) {
      const messages = detail.messages.filter((m) => m.direction !== 'activity');
      const signature = messages.map((m) => m.id).join();
      if (signature === shown) return;
      const follow = !shown || scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
      shown = signature;
      replaceChildren(
        list,
        messages.length
          ? messages.map((m) => {
              const who = m.author === 'agent' ? `${ctx.agentName(m.agentId)}` : ctx.config.authorLabels[m.author];
              const kind = m.private ? 'note' : m.author;
              return h(
                'li',
                { class: `line from-${kind}`, 'data-message-id': m.id },
                h(
                  'span',
                  { class: 'line-head' },
                  h('span', { class: 'line-who' }, m.private ? `内部备注 · ${who}` : who),
                  h('time', { datetime: m.at }, formatDateTime(m.at)),
                ),
                h('span', { class: 'line-text' }, m.text),
              );
            })
          : h('li', { class: 'empty' }, '还没有消息'),
      );
      if (follow) scroller.scrollTop = scroller.scrollHeight;
    },
  };
}
