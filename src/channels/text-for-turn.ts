import type { Attachment } from '../complaint/complaint-record.ts';
import type { InboundChannelMessage } from './channel.ts';

/** How a message without words reads in the conversation and the console, the way WeChat itself lists it. */
const attachmentLabels: Record<Attachment['kind'], string> = {
  image: '图片',
  file: '文件',
  audio: '语音',
  video: '视频',
  link: '链接',
};

/**
 * The text the engine reads for a turn: what the customer wrote, or, when they only sent pictures or files, a line per
 * attachment such as `[图片] 发票.jpg`, so the turn is never empty and agents see what came in.
 */
export function textForTurn(message: Pick<InboundChannelMessage, 'text' | 'attachments'>): string {
  const text = message.text.trim();
  if (text || message.attachments.length === 0) return text;
  return message.attachments.map((a) => `[${attachmentLabels[a.kind]}] ${a.name}`.trim()).join('\n');
}
