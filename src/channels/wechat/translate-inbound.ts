import * as types from 'wechaty-puppet/types';
import type { Attachment } from '../../complaint/complaint-record.ts';
import type { InboundChannelMessage } from '../channel.ts';
import { formatWechatAddress } from './wechat-address.ts';

/** The engine's name for the WeChat channel. */
export const wechatChannelName = 'wechat';

/** What the translator needs to know about a Wechaty message, read from it beforehand (see `readWechatMessage`). */
export interface WechatMessageView {
  id: string;
  type: types.Message;
  /** sent by the bot's own account (its replies come back as messages too) */
  self: boolean;
  sentAt: Date;
  /** the text; in a group, without the @-mentions */
  text: string;
  /** the file name the puppet reports, for files and media (never downloaded) */
  filename?: string;
  /** for a shared link */
  link?: { title: string; url: string };
  talker: { id: string; name: string; type: types.Contact };
  room?: { id: string; topic: string; mentionsSelf: boolean };
}

/** Which messages the desk answers. */
export interface InboundRules {
  /** group topics or ids where the bot answers when @-mentioned; empty: groups are ignored */
  groups: readonly string[];
  now: Date;
  /** older messages are not answered (a puppet replaying history after a long outage) */
  maxAgeMs: number;
}

export type IgnoreReason =
  | 'self'
  | 'official_account'
  | 'group_not_enabled'
  | 'not_mentioned'
  | 'unsupported'
  | 'empty'
  | 'stale';

export type Translation = { kind: 'accept'; message: InboundChannelMessage } | { kind: 'ignore'; reason: IgnoreReason };

const mediaKinds: Partial<Record<types.Message, { kind: Attachment['kind']; extension: string }>> = {
  [types.Message.Image]: { kind: 'image', extension: '.jpg' },
  [types.Message.Attachment]: { kind: 'file', extension: '' },
  [types.Message.Audio]: { kind: 'audio', extension: '.sil' },
  [types.Message.Video]: { kind: 'video', extension: '.mp4' },
};

/**
 * Translates a WeChat message into the neutral inbound message, or says why the desk ignores it: the bot's own
 * messages, official accounts, groups not configured or not @-mentioning the bot, message types that carry no
 * complaint (stickers, red envelopes, recalls, …), empty or stale messages. Files and media become attachments
 * named by their file name and referenced by the message id; their content stays with WeChat.
 */
export function translateInbound(view: WechatMessageView, rules: InboundRules): Translation {
  if (view.self) return ignore('self');
  if (view.talker.type === types.Contact.Official) return ignore('official_account');
  if (view.room) {
    const enabled = rules.groups.some((g) => g === view.room?.topic || g === view.room?.id);
    if (!enabled) return ignore('group_not_enabled');
    if (!view.room.mentionsSelf) return ignore('not_mentioned');
  }
  if (rules.now.getTime() - view.sentAt.getTime() > rules.maxAgeMs) return ignore('stale');

  let text = '';
  const attachments: Attachment[] = [];
  const media = mediaKinds[view.type];
  if (view.type === types.Message.Text) {
    text = view.text.trim();
    if (!text) return ignore('empty');
  } else if (media) {
    attachments.push({ kind: media.kind, name: view.filename || `${view.id}${media.extension}`, ref: view.id });
  } else if (view.type === types.Message.Url) {
    attachments.push({ kind: 'link', name: view.link?.title || '链接', ref: view.link?.url || view.id });
  } else {
    return ignore('unsupported');
  }

  const externalId = formatWechatAddress(
    view.room
      ? { kind: 'room', roomId: view.room.id, contactId: view.talker.id }
      : { kind: 'contact', contactId: view.talker.id },
  );
  return {
    kind: 'accept',
    message: {
      channel: wechatChannelName,
      externalId,
      messageId: view.id,
      text,
      attachments,
      displayName: view.talker.name || undefined,
      at: view.sentAt,
    },
  };
}

function ignore(reason: IgnoreReason): Translation {
  return { kind: 'ignore', reason };
}
