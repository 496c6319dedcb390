import type { ComplaintSummary } from '../../../../complaint/complaint-record.ts';
import { byId, h } from '../shared/dom.ts';
import { formatClock } from '../shared/format-time.ts';
import type { LiveState } from '../shared/live-stream.ts';
import type { Transcript, TranscriptItem } from './transcript.ts';

const authorNames: Record<TranscriptItem['author'], string> = {
  customer: '我',
  bot: '智能客服',
  agent: '人工客服',
  system: '系统通知',
};

const localNotes = {
  sending: '发送中…',
  retrying: '网络不稳定，正在重新发送…',
  sent: '已送达',
  failed: '未能发送',
} as const;

/** The chat page's moving parts: the message list, typing indicator, complaint banner and connection notice. */
export function createChatView(statusLabels: Record<string, string>) {
  const list = byId<HTMLOListElement>('messages');
  const scroller = byId('chat-main');
  const typing = byId('typing');
  const banner = byId('complaint-banner');
  const connection = byId('connection');
  const nodes = new Map<string, { node: HTMLLIElement; signature: string }>();

  const nearBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
  const scrollToEnd = () => {
    scroller.scrollTop = scroller.scrollHeight;
  };

  /** Draws the transcript, touching only the messages that changed, so screen readers announce only new ones. */
  function render(transcript: Transcript, options: { scroll?: boolean } = {}) {
    const follow = options.scroll || nearBottom();
    const keep = new Set<string>();
    transcript.forEach((item, index) => {
      const showName = item.author !== 'customer' && transcript[index - 1]?.author !== item.author;
      const signature = `${item.text}|${item.local?.status ?? ''}|${item.local?.error ?? ''}|${showName}`;
      let entry = nodes.get(item.key);
      if (!entry || entry.signature !== signature) {
        const node = messageNode(item, showName);
        if (entry) entry.node.replaceWith(node);
        entry = { node, signature };
        nodes.set(item.key, entry);
      }
      keep.add(item.key);
      if (list.children[index] !== entry.node) list.insertBefore(entry.node, list.children[index] ?? null);
    });
    for (const [key, entry] of nodes) {
      if (keep.has(key)) continue;
      entry.node.remove();
      nodes.delete(key);
    }
    if (follow) scrollToEnd();
  }

  return {
    render,
    scrollToEnd,
    setTyping(on: boolean) {
      const follow = nearBottom();
      typing.hidden = !on;
      if (follow) scrollToEnd();
    },
    setComplaint(summary: ComplaintSummary | null) {
      banner.hidden = !summary;
      if (!summary) return;
      byId('complaint-code').textContent = summary.code;
      byId('complaint-status').textContent = statusLabels[summary.status] ?? summary.status;
    },
    setConnection(state: LiveState | 'offline' | 'starting') {
      const text = {
        connecting: '',
        open: '',
        starting: '正在连接客服…',
        retrying: '连接中断，正在重新连接…（您的消息不会丢失）',
        offline: '网络已断开。恢复后会自动重新连接并补发消息。',
      }[state];
      connection.hidden = !text;
      connection.textContent = text;
    },
  };
}

function messageNode(item: TranscriptItem, showName: boolean): HTMLLIElement {
  const local = item.local;
  const note = local
    ? local.status === 'failed'
      ? `${localNotes.failed}：${local.error ?? ''}`
      : localNotes[local.status]
    : '';
  return h(
    'li',
    { class: `message from-${item.author}${local ? ` is-${local.status}` : ''}`, 'data-key': item.key },
    showName ? h('span', { class: 'message-author', 'aria-hidden': 'true' }, authorNames[item.author]) : null,
    h(
      'div',
      { class: 'bubble' },
      h('span', { class: 'visually-hidden' }, `${authorNames[item.author]}说：`),
      item.text,
    ),
    h(
      'span',
      { class: 'message-meta' },
      item.at ? h('time', { datetime: item.at }, formatClock(item.at)) : null,
      note ? h('span', { class: 'message-note' }, note) : null,
    ),
  );
}
