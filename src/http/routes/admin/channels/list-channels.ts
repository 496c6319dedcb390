import { Hono } from 'hono';
import { z } from 'zod';
import { channelStatusSchema } from '../../../../channels/channel-status.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';

export const listChannelsRoute = defineRoute({
  method: 'get',
  path: '/channels',
  operationId: 'listChannels',
  summary: '渠道连接状态 / customer channels and their connection',
  description:
    'The state of each customer channel besides the web chat, today the WeChat channel: `off` (not configured or ' +
    'stopped), `starting`, `scan` (waiting for the login QR code to be scanned: `qrcode` is its content and ' +
    '`qrcodeImage` a PNG data URL to show), `logged_in` (as `user`) or `disconnected` (reconnecting at ' +
    '`nextRetryAt`; `lastError` says why). The QR code logs the scanning account in, so only supervisors see it.',
  tag: 'channels',
  role: 'supervisor',
  response: {
    status: 200,
    description: 'every channel with its status',
    schema: z.object({ items: z.array(channelStatusSchema) }),
  },
  errors: [],
});

/** GET /channels: is WeChat connected, and the login QR code while it waits for a scan (主管 and admins). */
export const listChannelsHandler = new Hono<AppEnv>().get(honoPath(listChannelsRoute.path), async (c) => {
  await requireAgent(c, 'supervisor');
  return c.json({ items: c.var.deps.channels.list() });
});
