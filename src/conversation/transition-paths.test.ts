// Table tests for the paths added with issue #4: (state, event) → (state, effects).
import { describe, expect, it } from 'vitest';
import { type ConversationState, initialState } from './state.ts';
import { transition } from './transition.ts';
import { ctx, heard, message, replies, types, view } from './transition-fixtures.ts';

const start = initialState({ channelIsContact: false });
const code = 'TS-20261128-0001';
const registered: ConversationState = {
  ...start,
  phase: 'handed_off',
  complaintCode: code,
  draft: {
    fields: { description: '插座有个插孔松', product: '插座', phone: '13100001111' },
    declined: [],
    orderNumberUnknown: false,
    asked: {},
    lastAsked: [],
    attachments: [],
  },
};

describe('before the story', () => {
  it('"我要投诉" alone opens no complaint and asks what happened', () => {
    const { state, effects } = transition(
      start,
      message(heard('我要投诉', { describes: false, intents: ['complain'] })),
      ctx,
    );
    expect(types(effects)).toEqual(['reply']);
    expect(state.phase).toBe('collecting');
    expect(state.draft.lastAsked).toEqual(['description']);
  });

  it('venting is soothed, not registered', () => {
    const { effects } = transition(start, message(heard('垃圾店', { describes: false, anger: 2 })), ctx);
    expect(types(effects)).toEqual(['reply']);
    expect(replies(effects)[0]).toMatch(/抱歉|消消气/);
  });
});

describe('fast paths', () => {
  it('spill-over risk: soothe first, register, acknowledge, and route to a specialist', () => {
    const u = heard('再不处理我就去12315投诉', { spillover: true });
    const { state, effects } = transition(start, message(u), ctx);
    expect(types(effects)).toEqual(['reply', 'createComplaint', 'acknowledge']);
    expect(state.route).toEqual({ queue: 'specialist', reason: 'spillover_risk' });
    const acknowledged = transition(
      { ...state, complaintCode: code },
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
    expect(acknowledged.effects.at(-1)).toEqual({ type: 'handOff', queue: 'specialist', reason: 'spillover_risk' });
  });

  it('a danger after registration raises the risk and moves the case to a specialist', () => {
    const { state, effects } = transition(registered, message(heard('插座冒烟了', { safety: ['injury'] })), ctx);
    expect(types(effects)).toEqual(['reply', 'updateComplaint', 'recordDetail', 'raiseRisk', 'handOff']);
    expect(effects).toContainEqual({ type: 'raiseRisk', safety: true, spilloverRisk: false });
    expect(effects.at(-1)).toEqual({ type: 'handOff', queue: 'specialist', reason: 'safety' });
    expect(state.urgent).toBe(true);
  });

  it('a human handoff for lack of a policy says a person must decide', () => {
    const { effects } = transition(
      { ...registered, phase: 'registered' },
      { type: 'handed_off', complaint: view({ queue: 'frontline' }), waitingAhead: 0, reason: 'needs_human_decision' },
      ctx,
    );
    expect(replies(effects).join('\n')).toMatch(/工作人员具体判断[\s\S]*下一位/);
  });
});

describe('status of a complaint from another session', () => {
  it('asks for the phone, then looks it up with the code and the phone', () => {
    const asked = transition(start, { type: 'status_unavailable', queried: code, reason: 'needs_phone' }, ctx);
    expect(asked.state.pendingStatusCode).toBe(code);
    const u = heard('13100001111', {
      describes: false,
      extraction: { fields: { phone: '13100001111' }, declined: [], orderNumberUnknown: false },
    });
    const lookup = transition(asked.state, message(u), ctx);
    expect(lookup.effects).toEqual([{ type: 'lookupStatus', code, phone: '13100001111' }]);
    expect(lookup.state.pendingStatusCode).toBeNull();
  });

  it('a complaint proven by its phone becomes the conversation’s, unless it is on another one', () => {
    const story = { description: '烤箱温度不准', phone: '13100001111' };
    const found = { type: 'status_found' as const, complaints: [view({ queue: 'frontline' })], adopted: story };
    expect(transition(start, found, ctx).state).toMatchObject({
      complaintCode: code,
      phase: 'handed_off',
      draft: { fields: story },
    });
    const busy = { ...registered, complaintCode: 'TS-20261128-0009' };
    expect(transition(busy, found, ctx).state.complaintCode).toBe('TS-20261128-0009');
  });
});

describe('after registration', () => {
  it('"还有一个问题…" with a story opens a second complaint, keeping the phone', () => {
    const u = heard('还有一个问题，电饭煲少发了一个内胆', {
      intents: ['new_issue'],
      extraction: { fields: { product: '电饭煲' }, declined: [], orderNumberUnknown: false },
    });
    const { state, effects } = transition(registered, message(u), ctx);
    expect(types(effects)).toContain('createComplaint');
    expect(effects.find((e) => e.type === 'createComplaint')).toMatchObject({
      fields: { product: '电饭煲', phone: '13100001111' },
    });
    expect(state).toMatchObject({ phase: 'collecting', complaintCode: null, urgent: false, route: null });
  });

  it('English after registration is a detail for the handler, never a second acknowledgement', () => {
    const u = heard('Also the plug is loose and it sparks sometimes when I unplug it', { latin: true });
    const { effects } = transition(registered, message(u), ctx);
    expect(types(effects)).toContain('recordDetail');
    expect(types(effects)).not.toContain('acknowledge');
    expect(types(effects)).not.toContain('createComplaint');
  });

  it('chit-chat with a date in it does not change the complaint', () => {
    const u = heard('今天天气不错', {
      describes: false,
      extraction: { fields: { occurredOn: '2026-11-28' }, declined: [], orderNumberUnknown: false },
    });
    const { state, effects } = transition(registered, message(u), ctx);
    expect(types(effects)).toEqual(['reply']);
    expect(state.draft.fields.occurredOn).toBeUndefined();
  });
});

describe('confirming', () => {
  const confirming: ConversationState = {
    ...registered,
    phase: 'confirming',
    draft: { ...registered.draft, lastAsked: ['customerName'] },
  };

  it('registers as it stands after the second message that neither confirms nor corrects', () => {
    const first = transition(confirming, message(heard('嗯…', { describes: false })), ctx);
    expect(types(first.effects)).toEqual(['reply']);
    const second = transition(first.state, message(heard('哎', { describes: false })), ctx);
    expect(types(second.effects)).toEqual(['reply', 'acknowledge']);
  });

  it('a refused name is recorded as declined and blanked out of the story', () => {
    const withName: ConversationState = {
      ...confirming,
      draft: {
        ...confirming.draft,
        fields: { ...confirming.draft.fields, customerName: '郑凯', description: '我叫郑凯，插座松了' },
      },
    };
    const u = heard('名字就不说了', {
      describes: false,
      extraction: { fields: {}, declined: ['customerName'], orderNumberUnknown: false },
    });
    const { state, effects } = transition(withName, message(u), ctx);
    expect(state.draft.declined).toContain('customerName');
    expect(JSON.stringify(effects)).not.toContain('郑凯');
  });
});
