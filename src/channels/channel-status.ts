import { z } from 'zod';

/** Where a channel's connection stands: off (not configured or stopped), starting, waiting for a login scan, … */
export const channelStateSchema = z.enum(['off', 'starting', 'scan', 'logged_in', 'disconnected']);
export type ChannelState = z.infer<typeof channelStateSchema>;

const isoTime = z.iso.datetime();

/** A channel's connection as the console shows it (GET /api/admin/channels). */
export const channelStatusSchema = z.object({
  channel: z.string(),
  state: channelStateSchema,
  /** what connects the channel, e.g. the Wechaty puppet */
  provider: z.string().nullable(),
  /** while `scan`: the login QR code's content, and the same as a PNG data URL rendered locally */
  qrcode: z.string().nullable(),
  qrcodeImage: z.string().nullable(),
  /** the logged-in account's display name (the last one, once disconnected) */
  user: z.string().nullable(),
  lastError: z.object({ message: z.string(), at: isoTime }).nullable(),
  /** when `state` last changed */
  since: isoTime,
  /** reconnections tried since the last successful login */
  reconnectAttempts: z.number().int(),
  nextRetryAt: isoTime.nullable(),
});
export type ChannelStatus = z.infer<typeof channelStatusSchema>;

/** The latest status of each channel, published by the channels and read by the console. */
export function createChannelStatusBoard() {
  const latest = new Map<string, ChannelStatus>();
  return {
    publish(status: ChannelStatus): void {
      latest.set(status.channel, status);
    },
    list(): ChannelStatus[] {
      return [...latest.values()];
    },
  };
}
export type ChannelStatusBoard = ReturnType<typeof createChannelStatusBoard>;
