import { describe, expect, it } from 'vitest';
import { retryDelay } from './retry-delay.ts';

describe('retryDelay', () => {
  it('doubles from half a second up to fifteen seconds', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((n) => retryDelay(n, middle))).toEqual([
      500, 1000, 2000, 4000, 8000, 15000, 15000, 15000,
    ]);
  });

  it('spreads retries by a quarter either way', () => {
    expect(retryDelay(2, () => 0)).toBe(1500);
    expect(retryDelay(2, () => 0.999999)).toBe(2500);
  });
});
