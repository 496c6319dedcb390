import { describe, expect, it } from 'vitest';
import { createRecentIds } from './recent-ids.ts';

describe('createRecentIds', () => {
  it('accepts an id once, and forgets the oldest beyond its limit', () => {
    const ids = createRecentIds(2);
    expect(ids.add('a')).toBe(true);
    expect(ids.add('a')).toBe(false);
    expect(ids.add('b')).toBe(true);
    expect(ids.add('c')).toBe(true);
    expect(ids.add('b')).toBe(false);
    expect(ids.add('a')).toBe(true);
  });
});
