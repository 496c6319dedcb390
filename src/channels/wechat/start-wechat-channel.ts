import type { ConversationEngine } from '../../conversation/run-turn.ts';
import type { Env } from '../../env.ts';
import type { DeskBus } from '../../events/desk-events.ts';
import type { Logger } from '../../log.ts';
import type { ChannelStatusBoard } from '../channel-status.ts';
import { type ChannelConnection, connectChannel } from '../connect-channel.ts';
import { wechatConfigFromEnv } from './wechat-config.ts';
import { initialWechatStatus } from './wechat-status.ts';

const stopTimeoutMs = 5_000;

/**
 * Starts the WeChat channel when the environment configures one, joined to the desk; otherwise publishes it as off.
 * Returns at once: logging in (a QR scan, a puppet service) happens in the background and never holds up the web
 * chat. Wechaty is only loaded when the channel is on.
 */
export async function startWechatChannel(options: {
  env: Pick<Env, 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHAT_GROUPS' | 'WECHAT_BURST_MS'>;
  conversations: Pick<ConversationEngine, 'handleMessage'>;
  bus: DeskBus;
  log: Logger;
  board: ChannelStatusBoard;
  /** where Wechaty keeps the login session (`<sessionName>.memory-card.json`) */
  sessionName: string;
  /** where the login QR code is printed */
  print: (text: string) => void;
}): Promise<ChannelConnection> {
  const { log, board } = options;
  const config = wechatConfigFromEnv(options.env);
  if (!config) {
    board.publish(initialWechatStatus(null, new Date()));
    log.info('wechat channel off (set WECHATY_PUPPET to connect a WeChat account)');
    return { stop: async () => {} };
  }
  const { createWechatChannel } = await import('./wechat-channel.ts');
  const adapter = createWechatChannel({
    puppet: config.puppet,
    token: config.token,
    name: options.sessionName,
    groups: config.groups,
    log,
    print: options.print,
    onStatus: board.publish,
  });
  board.publish(adapter.status());
  // Subscribes to the desk bus at once (before unfinished turns are resumed); the puppet starts in the background.
  let connection: ChannelConnection | undefined;
  connectChannel({ adapter, conversations: options.conversations, bus: options.bus, log, burst: config.burst }).then(
    (connected) => {
      connection = connected;
    },
    (error: unknown) => log.error('wechat channel failed to start', { error }),
  );
  return {
    async stop() {
      // A puppet still connecting (or hanging) must not hold up the shutdown.
      const stopping = connection ? connection.stop() : adapter.stop();
      await Promise.race([stopping, new Promise((resolve) => setTimeout(resolve, stopTimeoutMs).unref())]);
    },
  };
}
