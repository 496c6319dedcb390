/** An exponential back-off: `baseMs`, doubling per attempt, never more than `capMs`. */
export interface Backoff {
  baseMs: number;
  capMs: number;
}

/** How long to wait before retry number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, backoff: Backoff): number {
  return Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
}
