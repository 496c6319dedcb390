import type { Env } from '../../env.ts';
import type { BurstWindow } from '../burst-buffer.ts';

/** How the WeChat channel connects and which messages it answers. */
export interface WechatConfig {
  /** the Wechaty puppet package, e.g. `wechaty-puppet-wechat4u` or `wechaty-puppet-service` */
  puppet: string;
  /** the puppet service token (wechaty-puppet-service and the paid puppets) */
  token?: string;
  /** group topics or ids where the bot answers when @-mentioned */
  groups: string[];
  burst: BurstWindow;
}

/** The puppet Wechaty uses when only a service token is given. */
export const servicePuppet = 'wechaty-puppet-service';

/**
 * The WeChat channel's configuration, or null when it is off (neither WECHATY_PUPPET nor a service token is set).
 * A burst ends after WECHAT_BURST_MS of quiet, and never waits more than four times that.
 */
export function wechatConfigFromEnv(
  env: Pick<Env, 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHAT_GROUPS' | 'WECHAT_BURST_MS'>,
): WechatConfig | null {
  const token = env.WECHATY_PUPPET_SERVICE_TOKEN;
  const puppet = env.WECHATY_PUPPET ?? (token ? servicePuppet : undefined);
  if (!puppet) return null;
  return {
    puppet,
    token,
    groups: env.WECHAT_GROUPS,
    burst: { quietMs: env.WECHAT_BURST_MS, maxMs: env.WECHAT_BURST_MS * 4 },
  };
}
