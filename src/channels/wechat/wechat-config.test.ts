import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../env.ts';
import { wechatConfigFromEnv } from './wechat-config.ts';

const configOf = (vars: Record<string, string | undefined>) => {
  const parsed = parseEnv(vars);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return wechatConfigFromEnv(parsed.env);
};

describe('wechatConfigFromEnv', () => {
  it.each([{}, { WECHATY_PUPPET: '', WECHATY_PUPPET_SERVICE_TOKEN: ' ' }])('is off with no puppet: %j', (vars) => {
    expect(configOf(vars)).toBeNull();
  });

  it('uses the named puppet, with defaults for groups and bursts', () => {
    expect(configOf({ WECHATY_PUPPET: 'wechaty-puppet-wechat4u' })).toEqual({
      puppet: 'wechaty-puppet-wechat4u',
      token: undefined,
      groups: [],
      burst: { quietMs: 2000, maxMs: 8000 },
    });
  });

  it('takes a token alone to mean the puppet service', () => {
    expect(configOf({ WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_workpro_abc' })).toMatchObject({
      puppet: 'wechaty-puppet-service',
      token: 'puppet_workpro_abc',
    });
  });

  it('reads groups separated by ASCII or Chinese commas, and the burst window', () => {
    expect(
      configOf({
        WECHATY_PUPPET: 'wechaty-puppet-wechat4u',
        WECHAT_GROUPS: ' 售后服务群，VIP客户群 , 1234@chatroom,, ',
        WECHAT_BURST_MS: '0',
      }),
    ).toMatchObject({ groups: ['售后服务群', 'VIP客户群', '1234@chatroom'], burst: { quietMs: 0, maxMs: 0 } });
  });

  it('rejects a burst window that is not a number of milliseconds', () => {
    expect(parseEnv({ WECHAT_BURST_MS: 'soon' }).ok).toBe(false);
    expect(parseEnv({ WECHAT_BURST_MS: '-5' }).ok).toBe(false);
  });
});
