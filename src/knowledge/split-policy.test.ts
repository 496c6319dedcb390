import { describe, expect, it } from 'vitest';
import { readPolicyFiles, samplePoliciesDir } from './read-policy-files.ts';
import { indexedText, splitPolicy } from './split-policy.ts';

const sentence = (i: number) => `第${i}条规定：本店收到商品并确认故障后，在两个工作日内寄出新品，运费由本店承担。`;
const longParagraph = Array.from({ length: 14 }, (_, i) => sentence(i + 1)).join('');

describe('splitPolicy', () => {
  it('cuts a long paragraph at sentence ends into passages of at most 300 characters that overlap', async () => {
    const chunks = await splitPolicy({ id: 'doc-1', title: '质量问题换货', body: longParagraph });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(300);
      expect(chunk.text.length).toBeGreaterThan(100);
      expect(chunk.text).toMatch(/^第\d+条规定：/);
      expect(chunk.text).toMatch(/。$/);
      expect(chunk).toMatchObject({ documentId: 'doc-1', title: '质量问题换货' });
    }
    for (const [i, chunk] of chunks.slice(1).entries()) {
      const firstSentence = chunk.text.slice(0, chunk.text.indexOf('。') + 1);
      expect(chunks[i]?.text).toContain(firstSentence);
    }
  });

  it('keeps every sentence of every sample policy whole in some passage', async () => {
    for (const policy of readPolicyFiles(samplePoliciesDir).policies) {
      const chunks = await splitPolicy({ id: policy.slug, title: policy.title, body: policy.body });
      const sentences = policy.body
        .split(/(?<=[。！？])|\n/)
        .map((s) => s.replace(/^(?:#+|[-*]|\d+\.)\s*/, '').trim())
        .filter(Boolean);
      for (const s of sentences)
        expect(
          chunks.some((c) => c.text.includes(s)),
          `${policy.slug}: ${s}`,
        ).toBe(true);
      for (const c of chunks) expect(c.text).not.toMatch(/^[。！？；，]/);
    }
  });

  it('records the heading a passage starts under and indexes the title (and that heading) first', async () => {
    const rules = Array.from({ length: 20 }, (_, i) => `第${i + 1}条：无理由退货的寄回运费由顾客承担。`).join('');
    const body = `总则第一句。\n\n## 寄回运费\n${rules}\n\n## 不适用的商品\n定制商品不适用。`;
    const [first, second, ...rest] = await splitPolicy({ id: 'r', title: '七天无理由退货', body });
    expect(rest).toEqual([]);
    expect(first?.section).toBeNull();
    expect(first?.text).toMatch(/^总则第一句。\n## 寄回运费\n第1条/);
    expect(second?.section).toBe('寄回运费');
    expect(second?.text).toMatch(/^第\d+条/);
    expect(second?.text).toMatch(/## 不适用的商品\n定制商品不适用。$/);
    expect(indexedText(first!)).toMatch(/^七天无理由退货\n总则第一句。/);
    expect(indexedText(second!)).toMatch(/^七天无理由退货\n寄回运费\n第\d+条/);
  });

  it('never leaves a heading alone or at the end of a passage', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `第${i + 1}句说明保修范围和时限，请您留意。`).join('');
    const body = `## 保修范围\n${long}\n\n## 维修时限\n${long}\n\n## 付费维修\n先检测报价，您同意后再修。`;
    const chunks = await splitPolicy({ id: 'w', title: '一年保修与维修', body });
    for (const chunk of chunks) {
      expect(chunk.text.replace(/^#{1,6} .+$/gm, '').trim()).not.toBe('');
      expect(chunk.text).not.toMatch(/\n#{1,6} [^\n]+\s*$/);
    }
  });
});
