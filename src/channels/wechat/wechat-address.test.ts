import { describe, expect, it } from 'vitest';
import { formatWechatAddress, parseWechatAddress, type WechatAddress } from './wechat-address.ts';

describe('WeChat addresses', () => {
  it.each<[WechatAddress, string]>([
    [{ kind: 'contact', contactId: 'wxid_chen' }, 'wxid_chen'],
    [{ kind: 'contact', contactId: '@a1b2c3' }, '@a1b2c3'],
    [{ kind: 'room', roomId: '1234@chatroom', contactId: 'wxid_chen' }, 'room:1234@chatroom/wxid_chen'],
    [{ kind: 'room', roomId: '@@r9', contactId: '@c7' }, 'room:@@r9/@c7'],
  ])('%j ⇄ %s', (address, externalId) => {
    expect(formatWechatAddress(address)).toBe(externalId);
    expect(parseWechatAddress(externalId)).toEqual(address);
  });

  it.each(['room:', 'room:abc', 'room:/x', 'room:abc/'])('reads a malformed room address %s as a contact', (id) => {
    expect(parseWechatAddress(id)).toEqual({ kind: 'contact', contactId: id });
  });
});
