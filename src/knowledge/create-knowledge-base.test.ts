import { Embeddings } from '@langchain/core/embeddings';
import { describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from '../log.ts';
import { answerThreshold } from './assess-confidence.ts';
import { buildKnowledgeBase } from './create-knowledge-base.ts';
import { passageSchema } from './knowledge-base.ts';
import type { PolicyText } from './policy-document.ts';
import { readPolicyFiles, samplePoliciesDir } from './read-policy-files.ts';

const sample: PolicyText[] = readPolicyFiles(samplePoliciesDir).policies.map((p) => ({
  id: p.slug,
  title: p.title,
  body: p.body,
}));

/** Deterministic embeddings: one dimension per concept, counted by keyword (Chinese or English). */
class ConceptEmbeddings extends Embeddings {
  calls = 0;
  constructor(private readonly options: { failQuery?: boolean; failDocuments?: boolean; slowWhen?: string } = {}) {
    super({});
  }
  static concepts = [
    ['保修', '维修', 'warranty', 'repair'],
    ['退货', '退款', 'refund'],
    ['发票', 'invoice'],
    ['发货', '快递', 'shipping'],
  ];
  embed(text: string): number[] {
    return ConceptEmbeddings.concepts.map((words) => 0.01 + words.filter((w) => text.toLowerCase().includes(w)).length);
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    this.calls++;
    if (this.options.failDocuments) throw new Error('embeddings endpoint down');
    if (this.options.slowWhen && texts.some((t) => t.includes(this.options.slowWhen ?? ''))) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return texts.map((t) => this.embed(t));
  }
  async embedQuery(text: string): Promise<number[]> {
    this.calls++;
    if (this.options.failQuery) throw new Error('embeddings endpoint down');
    return this.embed(text);
  }
}

describe('knowledge base (BM25 only)', async () => {
  const kb = await buildKnowledgeBase(sample);

  it('answers from the best passage, citing the policy title, in at most 200 characters', async () => {
    const answer = await kb.answer('我买的电热水壶还没拆封，能退吗');
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    expect(answer.citations).toEqual([{ documentId: 'returns-7-day.md', title: '七天无理由退货' }]);
    expect(answer.text).toMatch(/^根据《七天无理由退货》：.+[。）]$/);
    expect(answer.text).toContain('未使用');
    expect(answer.text.length).toBeLessThanOrEqual(200);
    expect(answer.confidence).toBeGreaterThanOrEqual(answerThreshold);
  });

  it.each([
    ['发票开错了多久能重开', '电子发票开具与更正', /3 个工作日内作废原发票并重新开具/],
    ['保修期内修了两次还是坏', '一年保修与维修', /免费换同型号新品/],
    ['插头冒烟了怎么办', '产品安全事件处理', /冒烟/],
  ])('answers %s from 《%s》', async (question, title, content) => {
    const answer = await kb.answer(question);
    expect(answer).toMatchObject({ kind: 'answer', citations: [{ title }] });
    if (answer.kind === 'answer') expect(answer.text).toMatch(content);
  });

  it('is not put off by phone and order numbers in the question', async () => {
    const answer = await kb.answer('订单号DD20261103889，电话13812345678，水壶还没拆封能退吗');
    expect(answer).toMatchObject({ kind: 'answer', citations: [{ documentId: 'returns-7-day.md' }] });
  });

  it.each([
    '你们招不招兼职',
    '能帮我修苹果手机吗',
    '你们店招聘店员吗',
    '能帮我修电脑吗',
    '电饭煲煮饭要放多少水',
    '可以货到付款吗',
    '怎么注册账号',
    '',
  ])('declines an off-topic question: %s', async (question) => {
    expect(await kb.answer(question)).toEqual({ kind: 'no_answer', reason: 'no_policy_answer' });
  });

  it('searches passages best first, at most k, each a valid Passage', async () => {
    const passages = await kb.search('退款多久到账', 3);
    expect(passages).toHaveLength(3);
    for (const p of passages) expect(passageSchema.parse(p)).toEqual(p);
    expect(passages[0]?.documentId).toBe('refund-timing.md');
    expect(passages[0]?.score).toBeGreaterThanOrEqual(passages[1]?.score ?? 0);
    expect(await kb.search('   ')).toEqual([]);
  });

  it('forgets a document removed by rebuild and learns an added one', async () => {
    const own = await buildKnowledgeBase(sample);
    expect((await own.search('增值税专用发票')).map((p) => p.documentId)).toContain('invoices.md');
    await own.rebuild([
      ...sample.filter((d) => d.id !== 'invoices.md'),
      { id: 'install', title: '上门安装服务', body: '购买取暖器可以预约免费上门安装，安装师傅在 3 天内上门。' },
    ]);
    expect((await own.search('增值税专用发票')).map((p) => p.documentId)).not.toContain('invoices.md');
    expect(await own.answer('可以开增值税专用发票吗')).toEqual({ kind: 'no_answer', reason: 'no_policy_answer' });
    expect(await own.answer('取暖器能上门安装吗')).toMatchObject({
      kind: 'answer',
      citations: [{ documentId: 'install' }],
    });
  });
});

describe('knowledge base with embeddings', () => {
  it('fuses BM25 and vector rankings by reciprocal rank', async () => {
    const kb = await buildKnowledgeBase(sample, { embeddings: new ConceptEmbeddings() });
    const [top] = await kb.search('保修期内坏了能免费维修吗');
    expect(top?.documentId).toBe('warranty-repair.md');
    // ranked by both retrievers: two reciprocal ranks, near 2/61
    expect(top?.score).toBeGreaterThan(1 / 61);
    expect(top?.score).toBeLessThanOrEqual(2 / 61);
    expect(top?.confidence).toBeGreaterThanOrEqual(answerThreshold);
  });

  it('finds by embeddings what BM25 cannot, but does not answer without BM25 evidence', async () => {
    const kb = await buildKnowledgeBase(sample, { embeddings: new ConceptEmbeddings() });
    const passages = await kb.search('warranty repair', 3);
    expect(passages[0]).toMatchObject({ documentId: 'warranty-repair.md', confidence: 0 });
    expect(passages[0]?.score).toBeCloseTo(1 / 61, 10);
    expect(await kb.answer('warranty repair')).toEqual({ kind: 'no_answer', reason: 'no_policy_answer' });
  });

  it('falls back to BM25 when the embeddings endpoint fails, at build or at query time', async () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'warn', write: (line) => lines.push(line) });
    const bm25Only = await (await buildKnowledgeBase(sample)).search('退款多久到账');
    const failingQuery = await buildKnowledgeBase(sample, {
      embeddings: new ConceptEmbeddings({ failQuery: true }),
      log,
    });
    expect(await failingQuery.search('退款多久到账')).toEqual(bm25Only);
    const failingBuild = await buildKnowledgeBase(sample, {
      embeddings: new ConceptEmbeddings({ failDocuments: true }),
      log,
    });
    expect(await failingBuild.search('退款多久到账')).toEqual(bm25Only);
    expect(lines.some((l) => /WARN knowledge: embeddings search failed/.test(l))).toBe(true);
    expect(lines.some((l) => /WARN knowledge: embeddings index failed/.test(l))).toBe(true);
  });

  it('keeps the index of the latest rebuild when an earlier one finishes later', async () => {
    const kb = await buildKnowledgeBase(sample, {
      embeddings: new ConceptEmbeddings({ slowWhen: '旧版' }),
      log: silentLogger,
    });
    const stale = kb.rebuild([{ id: 'old', title: '旧版退货规定', body: '旧版：退货一律不受理。' }]);
    await kb.rebuild([{ id: 'new', title: '新版退货规定', body: '新版：七天内可以无理由退货。' }]);
    await stale;
    expect((await kb.search('退货')).map((p) => p.documentId)).toEqual(['new']);
  });
});
