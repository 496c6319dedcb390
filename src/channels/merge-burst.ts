import type { InboundChannelMessage } from './channel.ts';

/**
 * One turn out of a burst of messages from one sender (people type a complaint in several short messages): texts in
 * the order they were sent, joined by newlines; every attachment; the first message's id, so a redelivered burst is
 * recognised as the same turn.
 */
export function mergeBurst(burst: readonly InboundChannelMessage[]): InboundChannelMessage {
  if (burst.length === 0) throw new Error('mergeBurst needs at least one message');
  // Puppets load payloads concurrently, so a burst can arrive out of order; the send time is the truth.
  const ordered = [...burst].sort((a, b) => a.at.getTime() - b.at.getTime());
  const first = ordered[0]!;
  if (ordered.length === 1) return first;
  return {
    ...first,
    text: ordered
      .map((m) => m.text.trim())
      .filter(Boolean)
      .join('\n'),
    attachments: ordered.flatMap((m) => m.attachments),
    displayName: ordered.findLast((m) => m.displayName)?.displayName,
  };
}
