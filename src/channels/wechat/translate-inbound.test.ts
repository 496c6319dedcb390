import { describe, expect, it } from 'vitest';
import * as types from 'wechaty-puppet/types';
import { type InboundRules, translateInbound, type WechatMessageView } from './translate-inbound.ts';

const now = new Date('2026-11-28T10:00:00+08:00');
const rules: InboundRules = { groups: ['售后服务群', 'r2@chatroom'], now, maxAgeMs: 3_600_000 };
const view = (over: Partial<WechatMessageView> = {}): WechatMessageView => ({
  id: 'msg-1',
  type: types.Message.Text,
  self: false,
  sentAt: new Date(now.getTime() - 5_000),
  text: '我买的电水壶漏电了',
  talker: { id: 'wxid_chen', name: '陈女士', type: types.Contact.Individual },
  ...over,
});
const inRoom = (topic: string, mentionsSelf: boolean, id = 'r1@chatroom') => ({ room: { id, topic, mentionsSelf } });

describe('translateInbound: what the desk ignores', () => {
  it.each([
    { name: 'the bot’s own messages', over: { self: true }, reason: 'self' },
    {
      name: 'official accounts',
      over: { talker: { id: 'gh_x', name: '某公众号', type: types.Contact.Official } },
      reason: 'official_account',
    },
    { name: 'a group that is not configured', over: inRoom('家人群', true), reason: 'group_not_enabled' },
    { name: 'a configured group without an @-mention', over: inRoom('售后服务群', false), reason: 'not_mentioned' },
    { name: 'stickers', over: { type: types.Message.Emoticon, text: '' }, reason: 'unsupported' },
    { name: 'red envelopes', over: { type: types.Message.RedEnvelope }, reason: 'unsupported' },
    { name: 'recalled messages', over: { type: types.Message.Recalled }, reason: 'unsupported' },
    { name: 'blank text', over: { text: '  \n ' }, reason: 'empty' },
    { name: 'messages older than an hour', over: { sentAt: new Date(now.getTime() - 3_600_001) }, reason: 'stale' },
  ] as const)('$name', ({ over, reason }) => {
    expect(translateInbound(view(over), rules)).toEqual({ kind: 'ignore', reason });
  });

  it('ignores every group when none is configured', () => {
    expect(translateInbound(view(inRoom('售后服务群', true)), { ...rules, groups: [] })).toEqual({
      kind: 'ignore',
      reason: 'group_not_enabled',
    });
  });
});

describe('translateInbound: what the desk takes in', () => {
  it('a one-to-one text: the contact id is the address, the WeChat name the display name', () => {
    expect(translateInbound(view({ text: '  我买的电水壶漏电了 ' }), rules)).toEqual({
      kind: 'accept',
      message: {
        channel: 'wechat',
        externalId: 'wxid_chen',
        messageId: 'msg-1',
        text: '我买的电水壶漏电了',
        attachments: [],
        displayName: '陈女士',
        at: new Date(now.getTime() - 5_000),
      },
    });
  });

  it.each([
    {
      name: 'an image, named by its file name',
      over: { type: types.Message.Image, text: '', filename: 'IMG_001.jpg' },
      attachment: { kind: 'image', name: 'IMG_001.jpg', ref: 'msg-1' },
    },
    {
      name: 'an image without a file name',
      over: { type: types.Message.Image, text: '' },
      attachment: { kind: 'image', name: 'msg-1.jpg', ref: 'msg-1' },
    },
    {
      name: 'a file',
      over: { type: types.Message.Attachment, text: '', filename: '发票.pdf' },
      attachment: { kind: 'file', name: '发票.pdf', ref: 'msg-1' },
    },
    {
      name: 'a voice message',
      over: { type: types.Message.Audio, text: '' },
      attachment: { kind: 'audio', name: 'msg-1.sil', ref: 'msg-1' },
    },
    {
      name: 'a video',
      over: { type: types.Message.Video, text: '', filename: 'clip.mp4' },
      attachment: { kind: 'video', name: 'clip.mp4', ref: 'msg-1' },
    },
    {
      name: 'a shared link, referenced by its URL',
      over: { type: types.Message.Url, text: '', link: { title: '订单详情', url: 'https://shop.example/o/1' } },
      attachment: { kind: 'link', name: '订单详情', ref: 'https://shop.example/o/1' },
    },
  ] as const)('$name becomes an attachment', ({ over, attachment }) => {
    const result = translateInbound(view(over), rules);
    expect(result).toMatchObject({ kind: 'accept', message: { text: '', attachments: [attachment] } });
  });

  it.each([
    { topic: '售后服务群', id: 'r1@chatroom' },
    { topic: '随便什么名字', id: 'r2@chatroom' },
  ])('an @-mention in a configured group ($topic), with its own address per member', ({ topic, id }) => {
    const result = translateInbound(view({ ...inRoom(topic, true, id), text: '我要投诉' }), rules);
    expect(result).toMatchObject({
      kind: 'accept',
      message: { externalId: `room:${id}/wxid_chen`, text: '我要投诉' },
    });
  });

  it('a contact of unknown type (some puppets do not say) is still a customer', () => {
    const result = translateInbound(view({ talker: { id: 'w', name: '', type: types.Contact.Unknown } }), rules);
    expect(result).toMatchObject({ kind: 'accept', message: { externalId: 'w', displayName: undefined } });
  });
});
