import { describe, expect, it } from 'vitest';
import type { ComplaintRecord } from '../complaint/complaint-record.ts';
import { summarizeHandoff } from './summarize-handoff.ts';

const complaint: ComplaintRecord = {
  code: 'TS-20261128-0007',
  channel: 'web',
  status: 'assessed',
  outcome: null,
  queue: 'specialist',
  assignee: null,
  category: '有缺陷的产品',
  categories: ['有缺陷的产品', '受损', '其他问题'],
  severity: 'critical',
  safety: true,
  immediateAction: true,
  spilloverRisk: false,
  repeat: true,
  fields: {
    description: '电热水壶插上就冒烟，手被电了一下',
    product: '电热水壶',
    orderNumber: 'SO123',
    remedyRequested: ['退货', '支付补偿'],
    phone: '13912345678',
    attachments: [],
  },
  declinedFields: ['customerName'],
  priority: 0,
  escalationLevel: 'specialist',
  handoffReason: 'safety',
  receivedAt: '2026-11-28T02:00:00.000Z',
  acknowledgedAt: null,
  assessedAt: null,
  queuedAt: null,
  firstHumanContactAt: null,
  closedAt: null,
  firstContactDueAt: null,
  resolutionDueAt: null,
  nextProgressDueAt: null,
};

describe('summarizeHandoff', () => {
  it('tells the agent what, why, what the customer wants, and what the bot already said and offered', () => {
    const summary = summarizeHandoff({
      complaint,
      messages: [
        { direction: 'inbound', author: 'customer', private: false, text: '电热水壶插上就冒烟，手被电了一下' },
        { direction: 'outbound', author: 'bot', private: false, text: '请立即停止使用该产品，断开电源' },
        { direction: 'outbound', author: 'agent', private: true, text: '内部备注不进摘要' },
      ],
      proposals: [{ remedies: ['退货'], text: '七天无理由退货', amount: null, proposedBy: 'bot', status: 'refused' }],
    });
    expect(summary.split('\n')).toEqual([
      '【TS-20261128-0007】有缺陷的产品 · 严重程度：紧急 · 安全问题 · 需立即采取措施 · 重复投诉',
      '转人工原因：涉及人身或财产安全，需立即处理（当前由投诉专员处理）',
      '问题：电热水壶插上就冒烟，手被电了一下',
      '产品/服务：电热水壶；订单号：SO123',
      '顾客诉求：退货、支付补偿',
      '联系：电话 13912345678；顾客不愿提供：称呼（不要再问）',
      '尚缺：发生日期',
      '机器人最后说：「请立即停止使用该产品，断开电源」',
      '顾客最后说：「电热水壶插上就冒烟，手被电了一下」',
      '已提出方案（机器人按政策）：退货，顾客已拒绝',
    ]);
  });

  it('copes with a bare complaint: no assessment, no messages, an unknown reason', () => {
    const summary = summarizeHandoff({
      complaint: {
        ...complaint,
        category: null,
        severity: null,
        safety: false,
        immediateAction: false,
        repeat: false,
        handoffReason: 'something_new',
        declinedFields: [],
        fields: { description: '', attachments: [] },
      },
      messages: [],
      proposals: [],
    });
    expect(summary).toContain('类别未定 · 尚未评估');
    expect(summary).toContain('转人工原因：something_new');
    expect(summary).toContain('联系：web 渠道会话');
    expect(summary).toContain('尚未向顾客提出任何方案');
  });
});
