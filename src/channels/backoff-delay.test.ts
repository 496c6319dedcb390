import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff-delay.ts';

describe('backoffDelay', () => {
  it.each([
    [0, 2000],
    [1, 4000],
    [2, 8000],
    [7, 256_000],
    [8, 300_000],
    [1000, 300_000],
    [-1, 2000],
  ])('retry %i waits %i ms', (attempt, expected) => {
    expect(backoffDelay(attempt, { baseMs: 2000, capMs: 300_000 })).toBe(expected);
  });
});
