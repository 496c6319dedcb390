import { describe, expect, it } from 'vitest';
import { evaluateSla } from '../complaint/evaluate-sla.ts';
import { defaultSlaPolicy } from '../complaint/sla-policy.ts';
import type { SlaCase } from '../db/sla.ts';
import { planSlaWrite } from './sla-plan.ts';

const received = new Date('2026-11-28T10:00:00+08:00');
const h = (hours: number) => new Date(received.getTime() + hours * 3_600_000);
const tz = 'Asia/Shanghai';

const slaCase: SlaCase = {
  code: 'TS-20261128-0001',
  status: 'assessed',
  severity: 'high',
  escalationLevel: 'frontline',
  queued: true,
  assigned: false,
  receivedAt: received,
  acknowledgedAt: received,
  firstHumanContactAt: null,
  firstContactDueAt: h(24),
  resolutionDueAt: h(168),
  nextProgressDueAt: h(48),
  lastCustomerUpdateAt: null,
  done: new Set(),
};

describe('planSlaWrite', () => {
  it('has nothing to write when nothing is due', () => {
    expect(planSlaWrite(slaCase, [], { now: h(1), timeZone: tz })).toBeNull();
  });

  it('writes a warning as a timeline line with absolute times and its key', () => {
    const actions = evaluateSla(defaultSlaPolicy, slaCase, h(20));
    expect(planSlaWrite(slaCase, actions, { now: h(20), timeZone: tz })).toEqual({
      at: h(20),
      events: [
        {
          type: 'sla_warning_first_contact',
          note: '首次人工联系时限（11月29日10:00）将到，尚无工作人员联系顾客',
          keys: ['warn:first_contact@2026-11-29T02:00:00.000Z'],
          data: { dueAt: '2026-11-29T02:00:00.000Z' },
        },
      ],
      escalation: undefined,
      notice: undefined,
    });
  });

  it('escalates one level, and the notice reads as after the escalation', () => {
    const actions = evaluateSla(defaultSlaPolicy, slaCase, h(25));
    const write = planSlaWrite(slaCase, actions, { now: h(25), timeZone: tz })!;
    expect(write.events.map((e) => [e.type, e.note])).toEqual([
      ['sla_breach_first_contact', '已超过首次人工联系时限（11月29日10:00），仍无工作人员联系顾客'],
      ['escalated', '超时自动升级（投诉递进）：一线客服 → 投诉专员'],
      ['sla_progress_notice', '已自动告知顾客（首次联系超时致歉），下次进展告知最迟12月1日11:00'],
    ]);
    expect(write.escalation).toEqual({ queue: 'specialist', escalationLevel: 'specialist' });
    expect(write.notice).toEqual({ text: expect.stringContaining('升级给投诉专员'), nextProgressDueAt: h(73) });
  });

  it('puts a complaint escalated to a supervisor in the specialist queue at supervisor level', () => {
    const atSpecialist = { ...slaCase, escalationLevel: 'specialist' as const };
    const write = planSlaWrite(atSpecialist, evaluateSla(defaultSlaPolicy, atSpecialist, h(25)), {
      now: h(25),
      timeZone: tz,
    })!;
    expect(write.escalation).toEqual({ queue: 'specialist', escalationLevel: 'supervisor' });
  });
});
