import { describe, expect, it } from 'vitest';
import { fuseRankings } from './fuse-rankings.ts';

describe('fuseRankings', () => {
  it('adds 1/(k + rank) from every list and ranks by the sum', () => {
    const fused = fuseRankings(
      [
        ['a', 'b', 'c'],
        ['c', 'a', 'd'],
      ],
      (x) => x,
      60,
    );
    expect(fused.map((f) => f.item)).toEqual(['a', 'c', 'b', 'd']);
    expect(fused[0]?.score).toBeCloseTo(1 / 61 + 1 / 62, 12);
    expect(fused[1]?.score).toBeCloseTo(1 / 63 + 1 / 61, 12);
    expect(fused[3]?.score).toBeCloseTo(1 / 63, 12);
  });

  it('identifies items by key and keeps the first list’s copy', () => {
    const fused = fuseRankings(
      [
        [{ id: 'x', from: 'bm25' }],
        [
          { id: 'y', from: 'vector' },
          { id: 'x', from: 'vector' },
        ],
      ],
      (item) => item.id,
    );
    expect(fused.map((f) => f.item)).toEqual([
      { id: 'x', from: 'bm25' },
      { id: 'y', from: 'vector' },
    ]);
  });

  it('is empty for no rankings and a single list keeps its order', () => {
    expect(fuseRankings([], (x: string) => x)).toEqual([]);
    expect(fuseRankings([['b', 'a']], (x) => x).map((f) => f.item)).toEqual(['b', 'a']);
  });
});
