import { describe, expect, it } from 'vitest';
import type { Severity } from '../complaint/taxonomy.ts';
import { type TriageResult, triageResultSchema } from '../triage/triage-result.ts';
import { mergeTriage } from './merge-triage.ts';
import type { TriageLlm } from './triage-with-llm.ts';

const offline: TriageResult = {
  category: '有缺陷的产品',
  categories: ['有缺陷的产品', '受损', '其他问题'],
  severity: 'medium',
  safety: false,
  immediateAction: false,
  spilloverRisk: false,
  fields: { description: '买的吹风机用一次就坏了，订单号A1001', orderNumber: 'A1001', phone: '13812345678' },
};
const noFields: TriageLlm['fields'] = {
  product: null,
  orderNumber: null,
  occurredOn: null,
  remedyRequested: null,
  customerName: null,
  amount: null,
};
const llm = (overrides: Partial<TriageLlm> = {}): TriageLlm => ({
  categories: ['有缺陷的产品'],
  severity: 'medium',
  safety: false,
  immediateAction: false,
  spilloverRisk: false,
  fields: noFields,
  ...overrides,
});

describe('mergeTriage', () => {
  it.each<[string, Partial<TriageResult>, Partial<TriageLlm>, Partial<TriageResult>]>([
    [
      'the model cannot clear safety',
      { safety: true, immediateAction: true, severity: 'critical' },
      { severity: 'low' },
      { safety: true, immediateAction: true, severity: 'critical' },
    ],
    [
      'the model can raise safety, which makes it critical',
      {},
      { safety: true },
      { safety: true, immediateAction: true, severity: 'critical' },
    ],
    [
      'the model cannot clear a spill-over risk',
      { spilloverRisk: true, severity: 'high' },
      { severity: 'low' },
      { spilloverRisk: true, severity: 'high' },
    ],
    [
      'the model can raise a spill-over risk, at least high',
      { severity: 'low' },
      { spilloverRisk: true, severity: 'low' },
      { spilloverRisk: true, severity: 'high' },
    ],
    [
      'the model can ask for immediate action alone',
      {},
      { immediateAction: true },
      { immediateAction: true, safety: false, severity: 'medium' },
    ],
    [
      'severity is the higher of the two (model higher)',
      { severity: 'low' },
      { severity: 'high' },
      { severity: 'high' },
    ],
    [
      'severity is the higher of the two (offline higher)',
      { severity: 'high' },
      { severity: 'low' },
      { severity: 'high' },
    ],
  ])('%s', (_, offlineOverrides, llmOverrides, expected) => {
    const merged = mergeTriage({ ...offline, ...offlineOverrides }, llm(llmOverrides));
    expect(merged).toMatchObject(expected);
    expect(triageResultSchema.safeParse(merged).success).toBe(true);
  });

  it('never lowers severity whatever the model says', () => {
    const levels: Severity[] = ['low', 'medium', 'high', 'critical'];
    for (const a of levels)
      for (const b of levels) {
        const merged = mergeTriage({ ...offline, severity: a }, llm({ severity: b }));
        expect(levels.indexOf(merged.severity)).toBe(Math.max(levels.indexOf(a), levels.indexOf(b)));
      }
  });

  it('leads with the model categories and fills the top three from the offline ranking, without repeats', () => {
    expect(mergeTriage(offline, llm({ categories: ['受损', '拒绝兑现担保'] }))).toMatchObject({
      category: '受损',
      categories: ['受损', '拒绝兑现担保', '有缺陷的产品'],
    });
    expect(mergeTriage(offline, llm({ categories: ['发票错误', '价格', '涨价'] })).categories).toEqual([
      '发票错误',
      '价格',
      '涨价',
    ]);
    const repeated = mergeTriage({ ...offline, categories: ['受损', '受损', '受损'] }, llm({ categories: ['受损'] }));
    expect(repeated.categories).toEqual(['受损', '未收到产品', '未提供/部分未提供服务']);
  });

  it('keeps offline fields and fills only the gaps from the model', () => {
    const merged = mergeTriage(
      offline,
      llm({
        fields: {
          product: '吹风机',
          orderNumber: 'A1002',
          occurredOn: '2026-11-20',
          remedyRequested: ['更换产品', '更换产品'],
          customerName: '李女士',
          amount: 199,
        },
      }),
    );
    expect(merged.fields).toEqual({
      description: '买的吹风机用一次就坏了，订单号A1001',
      orderNumber: 'A1001',
      phone: '13812345678',
      product: '吹风机',
      occurredOn: '2026-11-20',
      remedyRequested: ['更换产品'],
      customerName: '李女士',
      amount: 199,
    });
  });

  it('keeps the remedies the offline engine found; takes the model’s only when offline had none', () => {
    const withRemedy = { ...offline, fields: { ...offline.fields, remedyRequested: ['退货' as const] } };
    const modelRemedy = llm({ fields: { ...noFields, remedyRequested: ['支付补偿'] } });
    expect(mergeTriage(withRemedy, modelRemedy).fields.remedyRequested).toEqual(['退货']);
    const empty = { ...offline, fields: { ...offline.fields, remedyRequested: [] } };
    expect(mergeTriage(empty, modelRemedy).fields.remedyRequested).toEqual(['支付补偿']);
  });

  it('adds no keys for fields neither side has', () => {
    expect(Object.keys(mergeTriage(offline, llm()).fields).sort()).toEqual(['description', 'orderNumber', 'phone']);
  });

  it('does not change its inputs', () => {
    const before = structuredClone(offline);
    mergeTriage(offline, llm({ safety: true, fields: { ...noFields, product: '吹风机' } }));
    expect(offline).toEqual(before);
  });
});
