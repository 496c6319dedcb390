// Shared table-test fixtures for the pure transition: a context, an understood message, a complaint view.
import type { ComplaintView, Understanding } from './events.ts';
import type { TransitionContext } from './transition.ts';
import type { Intent } from './understand/detect-intents.ts';

export const ctx: TransitionContext = {
  now: new Date('2026-11-28T10:00:00+08:00'),
  timeZone: 'Asia/Shanghai',
  shopName: '小满电器',
};

export function heard(
  text: string,
  extra: Partial<Omit<Understanding, 'intents'>> & { intents?: Intent[] } = {},
): Understanding {
  return {
    text,
    extraction: { fields: {}, declined: [], orderNumberUnknown: false },
    safety: [],
    spillover: false,
    anger: 0,
    ranking: [],
    describes: true,
    bare: false,
    fullText: text,
    truncated: false,
    empty: false,
    latin: false,
    attachments: [],
    ...extra,
    intents: new Set(extra.intents ?? []),
  };
}

export const message = (u: Understanding) => ({ type: 'customer_message' as const, understanding: u });
export const view = (over: Partial<ComplaintView> = {}): ComplaintView => ({
  code: 'TS-20261128-0001',
  status: 'assessed',
  queue: null,
  severity: 'low',
  spilloverRisk: false,
  firstContactDueAt: new Date('2026-11-29T10:00:00+08:00'),
  resolutionDueAt: new Date('2026-12-05T10:00:00+08:00'),
  assigned: false,
  ...over,
});
export const types = (effects: { type: string }[]) => effects.map((e) => e.type);
export const replies = (effects: { type: string; text?: string }[]) =>
  effects.filter((e) => e.type === 'reply').map((e) => e.text ?? '');
