import { describe, expect, it } from 'vitest';
import { composeSlaNotice, type SlaNoticeFacts } from './sla-notices.ts';

const now = new Date('2026-11-29T11:00:00+08:00');
const tz = 'Asia/Shanghai';

const facts: SlaNoticeFacts = {
  code: 'TS-20261128-0001',
  status: 'assessed',
  escalationLevel: 'specialist',
  queued: true,
  assigned: false,
  escalated: true,
  firstHumanContactAt: null,
  firstContactDueAt: new Date('2026-11-29T10:00:00+08:00'),
  resolutionDueAt: new Date('2026-12-05T10:00:00+08:00'),
  nextProgressDueAt: new Date('2026-12-01T11:00:00+08:00'),
};

describe('composeSlaNotice', () => {
  it.each<[string, Parameters<typeof composeSlaNotice>[0], Partial<SlaNoticeFacts>, string]>([
    [
      'apologises for a missed first contact and says who has it now',
      'first_contact_overdue',
      {},
      '非常抱歉，您的投诉 TS-20261128-0001 还没有工作人员联系您，已经超过了我们承诺的时限。我们已把它升级给投诉专员优先处理。我们会在12月5日10:00前给出处理结果。',
    ],
    [
      'at the top of the path, says the supervisor keeps following it',
      'first_contact_overdue',
      { escalated: false, escalationLevel: 'supervisor' },
      '非常抱歉，您的投诉 TS-20261128-0001 还没有工作人员联系您，已经超过了我们承诺的时限。投诉主管会继续优先跟进。我们会在12月5日10:00前给出处理结果。',
    ],
    [
      'a progress note while an agent investigates',
      'progress',
      { assigned: true, escalationLevel: 'frontline', firstHumanContactAt: new Date('2026-11-28T11:00:00+08:00') },
      '您好，向您同步投诉 TS-20261128-0001 的最新进展：一线客服正在调查核实您反映的情况。我们会在12月5日10:00前给出处理结果。有新的情况可以直接在这里回复我们。',
    ],
    [
      'a progress note while the first contact is still to come',
      'progress',
      { escalated: false, escalationLevel: 'frontline', firstContactDueAt: new Date('2026-11-29T18:00:00+08:00') },
      '您好，向您同步投诉 TS-20261128-0001 的最新进展：投诉正在等待一线客服接手处理。工作人员最迟今天18:00前联系您。有新的情况可以直接在这里回复我们。',
    ],
    [
      'a proposal waiting for the customer',
      'before_deadline',
      { status: 'proposed', firstHumanContactAt: new Date('2026-11-28T11:00:00+08:00') },
      '您好，您的投诉 TS-20261128-0001 承诺的处理时限快到了，向您同步进展：处理方案已经发给您，正在等您的答复。我们会在12月5日10:00前给出处理结果。',
    ],
    [
      'past the result deadline, promises the next note instead',
      'resolution_overdue',
      { resolutionDueAt: new Date('2026-11-29T10:00:00+08:00'), escalationLevel: 'supervisor' },
      '非常抱歉，您的投诉 TS-20261128-0001 没能在承诺的时限内处理完毕。我们已把它升级给投诉主管优先处理。我们会抓紧处理，最迟12月1日11:00前再向您告知进展。',
    ],
    [
      'a complaint the bot still holds',
      'progress',
      { queued: false, escalated: false, escalationLevel: 'bot', firstHumanContactAt: new Date() },
      '您好，向您同步投诉 TS-20261128-0001 的最新进展：投诉已登记，正在按流程处理。我们会在12月5日10:00前给出处理结果。有新的情况可以直接在这里回复我们。',
    ],
  ])('%s', (_name, kind, overrides, text) => {
    expect(composeSlaNotice(kind, { ...facts, ...overrides }, now, tz)).toBe(text);
  });
});
