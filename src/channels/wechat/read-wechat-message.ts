import type { Message } from 'wechaty';
import * as types from 'wechaty-puppet/types';
import type { WechatMessageView } from './translate-inbound.ts';

/**
 * Reads what `translateInbound` needs from a Wechaty message: cheap calls only. File names come from the payload;
 * `toFileBox()` is never called, since some puppets download the whole file to make one.
 */
export async function readWechatMessage(msg: Message): Promise<WechatMessageView> {
  const talker = msg.talker();
  const room = msg.room();
  const type = msg.type();
  return {
    id: msg.id,
    type,
    self: msg.self(),
    sentAt: msg.date(),
    text: room ? await msg.mentionText() : msg.text(),
    filename: msg.payload?.filename || undefined,
    link: type === types.Message.Url ? await readLink(msg) : undefined,
    talker: { id: talker.id, name: talker.name(), type: talker.type() },
    room: room ? { id: room.id, topic: await room.topic(), mentionsSelf: await msg.mentionSelf() } : undefined,
  };
}

async function readLink(msg: Message): Promise<WechatMessageView['link']> {
  try {
    const link = await msg.toUrlLink();
    return { title: link.title(), url: link.url() };
  } catch {
    return undefined;
  }
}
