import { describe, expect, it } from 'vitest';
import { type ConversationState, initialState } from './state.ts';
import { transition } from './transition.ts';
import { ctx, heard, message, replies, types, view } from './transition-fixtures.ts';

describe('transition', () => {
  const start = initialState({ channelIsContact: false });

  it('greets as an assistant, never as a human', () => {
    const { effects } = transition(start, { type: 'session_started', returning: null }, ctx);
    expect(replies(effects)[0]).toMatch(/小满电器.*(机器人|AI)/);
  });

  it('welcomes a returning customer with the open complaint and its status', () => {
    const { effects } = transition(start, { type: 'session_started', returning: view({ queue: 'frontline' }) }, ctx);
    expect(replies(effects)[0]).toMatch(/TS-20261128-0001.*已评估/);
  });

  it('opens a complaint from the first description and asks only for what is missing', () => {
    const u = heard('昨天买的电热水壶不加热了，我要退货', {
      extraction: {
        fields: { product: '电热水壶', occurredOn: '2026-11-27', remedyRequested: ['退货'] },
        declined: [],
        orderNumberUnknown: false,
      },
    });
    const { state, effects } = transition(start, message(u), ctx);
    expect(types(effects)).toEqual(['createComplaint', 'reply', 'reply']);
    expect(state.phase).toBe('collecting');
    expect(state.draft.fields).toMatchObject({ description: u.text, product: '电热水壶', remedyRequested: ['退货'] });
    expect(state.draft.lastAsked).toEqual(['contact']);
    expect(replies(effects).join('')).toMatch(/手机号|电话/);
    expect(replies(effects).join('')).not.toMatch(/哪天|什么时候|哪个产品/);
  });

  it('never asks again for what the customer declined', () => {
    const collecting: ConversationState = {
      ...start,
      phase: 'collecting',
      complaintCode: 'TS-20261128-0001',
      draft: {
        fields: { description: '水壶坏了', product: '水壶', occurredOn: '2026-11-27', remedyRequested: [] },
        declined: [],
        orderNumberUnknown: false,
        asked: { contact: 1 },
        lastAsked: ['contact'],
        attachments: [],
      },
    };
    const u = heard('电话就不留了', {
      describes: false,
      extraction: { fields: {}, declined: ['phone', 'email'], orderNumberUnknown: false },
    });
    const { state, effects } = transition(collecting, message(u), ctx);
    expect(state.draft.declined).toEqual(['phone', 'email']);
    expect(replies(effects).join('')).toMatch(/尊重|不方便就不留/);
    expect(replies(effects).join('')).not.toMatch(/手机号|联系电话/);
  });

  it('confirms a summary when nothing is missing, and registers on yes', () => {
    const full: ConversationState = {
      ...start,
      phase: 'collecting',
      complaintCode: 'TS-20261128-0001',
      draft: {
        fields: {
          description: '水壶漏水',
          product: '水壶',
          occurredOn: '2026-11-27',
          remedyRequested: ['更换产品'],
          phone: '13812345678',
        },
        declined: ['customerName'],
        orderNumberUnknown: true,
        asked: {},
        lastAsked: [],
        attachments: [],
      },
    };
    const confirming = transition(full, message(heard('嗯', { describes: false })), ctx);
    expect(confirming.state.phase).toBe('confirming');
    expect(replies(confirming.effects)[0]).toMatch(/核对|确认/);
    expect(replies(confirming.effects)[0]).toContain('13812345678');
    const yes = transition(confirming.state, message(heard('对', { describes: false, intents: ['affirm'] })), ctx);
    expect(yes.effects).toEqual([{ type: 'acknowledge', urgent: false }]);
  });

  it('applies a correction during confirmation and shows the summary again', () => {
    const confirming: ConversationState = {
      ...start,
      phase: 'confirming',
      complaintCode: 'TS-20261128-0001',
      draft: {
        fields: { description: '水壶漏水', phone: '13812345678', occurredOn: '2026-11-26' },
        declined: [],
        orderNumberUnknown: false,
        asked: {},
        lastAsked: [],
        attachments: [],
      },
    };
    const u = heard('不对，电话是13900001111', {
      describes: false,
      intents: ['deny'],
      extraction: { fields: { phone: '13900001111' }, declined: [], orderNumberUnknown: false },
    });
    const { state, effects } = transition(confirming, message(u), ctx);
    expect(state.draft.fields.phone).toBe('13900001111');
    expect(types(effects)).toEqual(['updateComplaint', 'reply']);
    expect(replies(effects)[0]).toContain('13900001111');
  });

  it('takes a safety case straight to a specialist with safety advice first', () => {
    const u = heard('热水壶插上电就冒烟漏电，孩子手被电了一下', { safety: ['injury'], anger: 2 });
    const first = transition(start, message(u), ctx);
    expect(types(first.effects)).toEqual(['reply', 'createComplaint', 'acknowledge']);
    expect(replies(first.effects)[0]).toMatch(/停止使用.*保留/s);
    expect(first.state.urgent).toBe(true);
    const acknowledged = transition(
      { ...first.state, complaintCode: 'TS-20261128-0001' },
      {
        type: 'complaint_acknowledged',
        complaint: view({ severity: 'critical' }),
        firstContactHours: 2,
        resolutionHours: 168,
        progressHours: 48,
        repeat: false,
      },
      ctx,
    );
    expect(acknowledged.effects.at(-1)).toEqual({ type: 'handOff', queue: 'specialist', reason: 'safety' });
    expect(replies(acknowledged.effects)[0]).toMatch(/TS-20261128-0001.*2小时内/s);
  });

  it('hands a customer who asks for a human over at once, registering first', () => {
    const u = heard('转人工', { describes: false, intents: ['ask_human'] });
    const { state, effects } = transition(start, message(u), ctx);
    expect(types(effects)).toEqual(['createComplaint', 'acknowledge']);
    expect(state.humanRequests).toBe(1);
    const handed = transition(
      state,
      { type: 'handed_off', complaint: view({ queue: 'frontline' }), waitingAhead: 2, reason: 'customer_asked' },
      ctx,
    );
    expect(handed.state.phase).toBe('handed_off');
    expect(replies(handed.effects).join('')).toMatch(/一线客服.*2位.*明天10:00前/s);
    expect(replies(handed.effects).join('')).toMatch(/说说遇到的问题/);
  });

  it('routes spill-over risk to the specialist queue after acknowledging', () => {
    const registered = { ...start, phase: 'confirming' as const, complaintCode: 'TS-20261128-0001' };
    const { effects } = transition(
      registered,
      {
        type: 'complaint_acknowledged',
        complaint: view({ severity: 'high', spilloverRisk: true }),
        firstContactHours: 24,
        resolutionHours: 168,
        progressHours: 48,
        repeat: false,
      },
      ctx,
    );
    expect(effects.at(-1)).toEqual({ type: 'handOff', queue: 'specialist', reason: 'spillover_risk' });
  });

  it('asks policy first for an ordinary complaint, and a human when policy has no offer', () => {
    const registered = { ...start, phase: 'confirming' as const, complaintCode: 'TS-20261128-0001' };
    const acknowledged = transition(
      registered,
      {
        type: 'complaint_acknowledged',
        complaint: view(),
        firstContactHours: 24,
        resolutionHours: 168,
        progressHours: 48,
        repeat: false,
      },
      ctx,
    );
    expect(acknowledged.effects.at(-1)).toEqual({ type: 'findPolicyOffer' });
    const none = transition(acknowledged.state, { type: 'policy_offer', offer: null }, ctx);
    expect(none.effects).toEqual([{ type: 'handOff', queue: 'frontline', reason: 'needs_human_decision' }]);
  });

  it('closes on an accepted policy offer and hands over on a refused one', () => {
    const offer = { remedies: ['退货' as const], text: '可以7天无理由退货', policyTitle: '七天无理由退货' };
    const proposing = transition(
      { ...start, phase: 'registered', complaintCode: 'TS-20261128-0001' },
      { type: 'policy_offer', offer },
      ctx,
    );
    expect(proposing.state.phase).toBe('proposing');
    expect(replies(proposing.effects)[0]).toContain('《七天无理由退货》');
    const yes = transition(proposing.state, message(heard('接受', { describes: false, intents: ['affirm'] })), ctx);
    expect(types(yes.effects)).toEqual(['respondToOffer', 'reply']);
    expect(yes.state.phase).toBe('survey');
    const no = transition(proposing.state, message(heard('不接受', { describes: false, intents: ['deny'] })), ctx);
    expect(no.effects).toContainEqual({ type: 'respondToOffer', accepted: false });
    expect(no.effects).toContainEqual({ type: 'handOff', queue: 'frontline', reason: 'proposal_refused' });
  });

  it('records a 1-5 survey score and returns to idle', () => {
    const { state, effects } = transition(
      { ...start, phase: 'survey', complaintCode: 'TS-20261128-0001' },
      message(heard('5分', { describes: false })),
      ctx,
    );
    expect(effects[0]).toEqual({ type: 'recordSurvey', score: 5 });
    expect(state.phase).toBe('idle');
  });

  it('adds later details to the registered complaint instead of opening another', () => {
    const registered: ConversationState = {
      ...start,
      phase: 'handed_off',
      complaintCode: 'TS-20261128-0001',
      draft: { ...start.draft, fields: { description: '电热水壶不加热' } },
    };
    const { effects } = transition(registered, message(heard('补充一下，壶底还有一道裂缝，照片我等下发')), ctx);
    expect(types(effects)).toEqual(['updateComplaint', 'recordDetail', 'reply']);
    expect(replies(effects)[0]).toContain('TS-20261128-0001');
  });

  it('takes the story told after a bare "转人工" as the description and has the complaint assessed again', () => {
    const untold: ConversationState = { ...start, phase: 'handed_off', complaintCode: 'TS-20261128-0001' };
    const { state, effects } = transition(untold, message(heard('壶底有一道裂缝，一直漏水')), ctx);
    expect(types(effects)).toEqual(['updateComplaint', 'reassess', 'recordDetail', 'reply']);
    expect(state.draft.fields.description).toBe('壶底有一道裂缝，一直漏水');
  });

  it('looks up the status when asked, with or without a code', () => {
    const withCode = transition(
      start,
      message(heard('TS-20261120-0003 到哪一步了', { intents: ['ask_status'], code: 'TS-20261120-0003' })),
      ctx,
    );
    expect(withCode.effects).toEqual([{ type: 'lookupStatus', code: 'TS-20261120-0003', phone: null }]);
    const unknown = transition(
      start,
      { type: 'status_unavailable', queried: 'TS-20261120-0003', reason: 'not_found' },
      ctx,
    );
    expect(replies(unknown.effects)[0]).toMatch(/没有查到|没查到/);
  });

  it('answers emoji-only and English messages sensibly', () => {
    expect(
      replies(transition(start, message(heard('😡😡', { empty: true, describes: false })), ctx).effects)[0],
    ).toMatch(/文字/);
    expect(
      replies(
        transition(start, message(heard('hello is anyone there', { latin: true, describes: false })), ctx).effects,
      )[0],
    ).toMatch(/Chinese/);
  });

  it('offers a human after repeated misunderstandings instead of looping', () => {
    let state = start;
    let last = '';
    for (let i = 0; i < 2; i++) {
      const result = transition(state, message(heard('嗯嗯', { describes: false })), ctx);
      state = result.state;
      last = replies(result.effects)[0]!;
    }
    expect(last).toMatch(/转人工/);
  });
});
