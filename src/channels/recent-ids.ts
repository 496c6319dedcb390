/**
 * A bounded memory of message ids already taken in, to drop a channel's redeliveries (puppets resend on reconnect).
 * The oldest ids are forgotten first; the engine's own dedupe by message id covers what falls out.
 */
export function createRecentIds(limit = 5000) {
  const ids = new Set<string>();
  return {
    /** True the first time an id is seen, false for every repeat. */
    add(id: string): boolean {
      if (ids.has(id)) return false;
      ids.add(id);
      if (ids.size > limit) ids.delete(ids.values().next().value!);
      return true;
    },
  };
}
