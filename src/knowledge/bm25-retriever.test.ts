import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25-index.ts';
import { Bm25Retriever } from './bm25-retriever.ts';
import { readPolicyFiles, samplePoliciesDir } from './read-policy-files.ts';
import { splitPolicy } from './split-policy.ts';

const policies = readPolicyFiles(samplePoliciesDir).policies;
const chunks = (
  await Promise.all(policies.map((p) => splitPolicy({ id: p.slug, title: p.title, body: p.body })))
).flat();
const retriever = new Bm25Retriever({ index: new Bm25Index(chunks), k: 5 });

describe('Bm25Retriever', () => {
  it.each([
    ['电热水壶插上电冒烟了，还能用吗', 'product-safety-incidents.md'],
    ['买了十天按键就失灵了，可以换一台吗', 'exchange-quality-15-day.md'],
    ['发票开错了抬头怎么重开', 'invoices.md'],
    ['付款三天了还没发货', 'shipping-dispatch.md'],
    ['降价了能退差价吗', 'price-guarantee-7-day.md'],
    ['收到的时候外箱压坏了可以拒收吗', 'transport-damage.md'],
  ])('ranks the right policy first for %s', async (query, expected) => {
    const [best] = await retriever.invoke(query);
    expect(best?.metadata.documentId).toBe(expected);
  });

  it('returns LangChain documents best first, with finite scores, confidence and the title in metadata', async () => {
    const docs = await retriever.invoke('保修期内坏了免费维修吗');
    expect(docs.length).toBeGreaterThan(1);
    expect(docs.length).toBeLessThanOrEqual(5);
    for (const doc of docs) {
      expect(Number.isFinite(doc.metadata.score)).toBe(true);
      expect(doc.metadata.score).toBeGreaterThan(0);
      expect(doc.metadata.confidence).toBeGreaterThanOrEqual(0);
      expect(doc.metadata.confidence).toBeLessThanOrEqual(1);
      expect(doc.metadata.title).toBe(policies.find((p) => p.slug === doc.metadata.documentId)?.title);
      expect(doc.pageContent.length).toBeGreaterThan(0);
    }
    const scores = docs.map((d) => d.metadata.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(docs[0]?.metadata.documentId).toBe('warranty-repair.md');
  });

  it('finds a policy by its title alone', async () => {
    const [best] = await retriever.invoke('七天价保');
    expect(best?.metadata.documentId).toBe('price-guarantee-7-day.md');
  });

  it('maps a customer word to the policy word (拆封 → 拆开, 未使用)', async () => {
    const [best] = await retriever.invoke('还没拆封可以退吗');
    expect(best?.metadata.documentId).toBe('returns-7-day.md');
  });

  it('finds nothing for a question with no word of any policy, and for stop words only', async () => {
    expect(await retriever.invoke('空气炸锅怎么做蛋挞')).toEqual([]);
    expect(await retriever.invoke('你们的吗？')).toEqual([]);
  });
});

describe('Bm25Index.analyze', () => {
  const index = new Bm25Index(chunks);

  it('drops stop words and amounts from coverage and weighs a product name as context', () => {
    const terms = index.analyze('我买的电饭煲用了三天就坏了，能换吗');
    const byWord = new Map(terms.map((t) => [t.word, t]));
    expect(byWord.has('我')).toBe(false);
    expect(byWord.get('三天')?.kind).toBe('amount');
    expect(byWord.get('三天')?.weight).toBe(0);
    expect(byWord.get('电饭煲')?.kind).toBe('context');
    expect(byWord.get('电饭煲')!.weight).toBeLessThan(byWord.get('坏')!.weight);
    expect(byWord.get('换')?.routes.map((r) => r.words.join('+'))).toContain('换货');
  });

  it('splits a compound no policy uses into policy words (发票抬头 → 发票 + 抬头)', () => {
    const [term] = index.analyze('发票抬头');
    expect(term?.routes).toContainEqual({ words: ['发票', '抬头'], credit: 1 });
  });
});
