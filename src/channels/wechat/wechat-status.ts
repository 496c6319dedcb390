import type { ChannelStatus } from '../channel-status.ts';
import { wechatChannelName } from './translate-inbound.ts';

/** What happened to the WeChat connection, as the status follows it. */
export type WechatStatusEvent =
  | { type: 'starting'; at: Date }
  | { type: 'scan'; qrcode: string; qrcodeImage: string | null; at: Date }
  | { type: 'login'; user: string; at: Date }
  | { type: 'logout'; reason: string; at: Date }
  | { type: 'error'; message: string; at: Date }
  | { type: 'retry_scheduled'; attempt: number; retryAt: Date; at: Date }
  | { type: 'stopped'; at: Date };

/** The status before the channel starts, or for good when WeChat is not configured. */
export function initialWechatStatus(provider: string | null, at: Date): ChannelStatus {
  return {
    channel: wechatChannelName,
    state: 'off',
    provider,
    qrcode: null,
    qrcodeImage: null,
    user: null,
    lastError: null,
    since: at.toISOString(),
    reconnectAttempts: 0,
    nextRetryAt: null,
  };
}

/** The status after an event; pure, so every path is a table test. */
export function nextWechatStatus(status: ChannelStatus, event: WechatStatusEvent): ChannelStatus {
  const moveTo = (state: ChannelStatus['state']): Pick<ChannelStatus, 'state' | 'since'> => ({
    state,
    since: state === status.state ? status.since : event.at.toISOString(),
  });
  switch (event.type) {
    case 'starting':
      return { ...status, ...moveTo('starting'), qrcode: null, qrcodeImage: null, nextRetryAt: null };
    case 'scan':
      return { ...status, ...moveTo('scan'), qrcode: event.qrcode, qrcodeImage: event.qrcodeImage };
    case 'login':
      return {
        ...status,
        ...moveTo('logged_in'),
        user: event.user,
        qrcode: null,
        qrcodeImage: null,
        reconnectAttempts: 0,
        nextRetryAt: null,
      };
    case 'logout':
      return {
        ...status,
        ...moveTo('disconnected'),
        qrcode: null,
        qrcodeImage: null,
        lastError: { message: event.reason, at: event.at.toISOString() },
      };
    case 'error':
      return { ...status, lastError: { message: event.message, at: event.at.toISOString() } };
    case 'retry_scheduled':
      return {
        ...status,
        ...moveTo('disconnected'),
        qrcode: null,
        qrcodeImage: null,
        reconnectAttempts: event.attempt,
        nextRetryAt: event.retryAt.toISOString(),
      };
    case 'stopped':
      return { ...status, ...moveTo('off'), qrcode: null, qrcodeImage: null, nextRetryAt: null };
  }
}
