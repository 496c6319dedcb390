/** Where a WeChat conversation lives: a one-to-one chat with a contact, or one member's thread in a group. */
export type WechatAddress =
  | { kind: 'contact'; contactId: string }
  | { kind: 'room'; roomId: string; contactId: string };

const roomPrefix = 'room:';

/**
 * The conversation's `externalId`: the contact id itself for a one-to-one chat (what the rest of the desk expects),
 * `room:<roomId>/<contactId>` for a member of a group, so each member of a group has their own conversation.
 */
export function formatWechatAddress(address: WechatAddress): string {
  return address.kind === 'contact' ? address.contactId : `${roomPrefix}${address.roomId}/${address.contactId}`;
}

/** Reads back an `externalId` made by `formatWechatAddress`. */
export function parseWechatAddress(externalId: string): WechatAddress {
  if (externalId.startsWith(roomPrefix)) {
    const rest = externalId.slice(roomPrefix.length);
    const slash = rest.lastIndexOf('/');
    if (slash > 0 && slash < rest.length - 1) {
      return { kind: 'room', roomId: rest.slice(0, slash), contactId: rest.slice(slash + 1) };
    }
  }
  return { kind: 'contact', contactId: externalId };
}
