/**
 * Reciprocal rank fusion (Cormack et al., 2009): each list adds 1 / (k + rank) for every item it ranks, so
 * lists with incomparable scores (BM25, cosine similarity) combine by position alone. Items are identified by
 * `keyOf`; the first list's copy of an item is kept. Best first; ties keep first-seen order.
 */
export function fuseRankings<T>(
  rankings: readonly (readonly T[])[],
  keyOf: (item: T) => string,
  k = 60,
): { item: T; score: number }[] {
  const fused = new Map<string, { item: T; score: number; order: number }>();
  for (const ranking of rankings) {
    ranking.forEach((item, rank) => {
      const key = keyOf(item);
      const entry = fused.get(key) ?? { item, score: 0, order: fused.size };
      entry.score += 1 / (k + rank + 1);
      fused.set(key, entry);
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ item, score }) => ({ item, score }));
}
