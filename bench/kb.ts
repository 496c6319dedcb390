// npm run bench:kb — knowledge-base retrieval, answer/decline quality and speed on corpus/kb-questions.jsonl.
// Runs on the sample policies (knowledge/*.md) and again with 1,000 synthetic policies added: deterministic
// pseudo-policies recombined from the sample sentences and everyday jieba dictionary words, so retrieval and
// declining are measured against many near-miss documents, not against copies.
import fs from 'node:fs';
import { dict } from '@node-rs/jieba/dict.js';
import { z } from 'zod';
import { answerThreshold } from '../src/knowledge/assess-confidence.ts';
import { buildKnowledgeBase } from '../src/knowledge/create-knowledge-base.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import type { PolicyText } from '../src/knowledge/policy-document.ts';
import { readPolicyFiles, samplePoliciesDir } from '../src/knowledge/read-policy-files.ts';
import { getSegmenter } from '../src/text/segmenter.ts';

const questionSchema = z.object({ question: z.string().min(1), policy: z.string().nullable() });
const questions = fs
  .readFileSync(new URL('../corpus/kb-questions.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => questionSchema.parse(JSON.parse(line)));
const sample: PolicyText[] = readPolicyFiles(samplePoliciesDir).policies.map((p) => ({ ...p, id: p.slug }));

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function measure(label: string, documents: PolicyText[]): Promise<void> {
  const buildStart = performance.now();
  const kb = await buildKnowledgeBase(documents);
  console.log(
    `\n== ${label}: ${documents.length} documents, index built in ${(performance.now() - buildStart).toFixed(0)} ms ==`,
  );
  const answerable = questions.filter((q) => q.policy !== null);
  const unanswerable = questions.filter((q) => q.policy === null);
  let top1 = 0;
  let top3 = 0;
  let wrongDeclines = 0;
  let wrongPolicy = 0;
  const misses: string[] = [];
  for (const q of answerable) {
    const ranked = await rankDocuments(kb, q.question);
    if (ranked[0] === q.policy) top1++;
    if (ranked.slice(0, 3).includes(q.policy ?? '')) top3++;
    else misses.push(`  not in top 3: ${q.question} → ${ranked.slice(0, 3).join(', ')}`);
    const answer = await kb.answer(q.question);
    if (answer.kind === 'no_answer') wrongDeclines++;
    else if (answer.citations[0]?.documentId !== q.policy) wrongPolicy++;
  }
  let declined = 0;
  const accepted: string[] = [];
  for (const q of unanswerable) {
    const answer = await kb.answer(q.question);
    if (answer.kind === 'no_answer') declined++;
    else accepted.push(`  answered off-topic: ${q.question} → 《${answer.citations[0]?.title}》 ${answer.confidence}`);
  }
  console.log(`recall@1: ${pct(top1, answerable.length)} (${top1}/${answerable.length})`);
  console.log(`recall@3: ${pct(top3, answerable.length)} (${top3}/${answerable.length})`);
  console.log(`unanswerable declined: ${pct(declined, unanswerable.length)} (${declined}/${unanswerable.length})`);
  console.log(
    `answerable wrongly declined: ${pct(wrongDeclines, answerable.length)} (${wrongDeclines}/${answerable.length})`,
  );
  console.log(`answered from another policy than expected: ${wrongPolicy}/${answerable.length - wrongDeclines}`);
  for (const line of [...misses, ...accepted]) console.log(line);
  await printCalibration(kb);
  await printLatency(kb);
}

async function rankDocuments(kb: KnowledgeBase, question: string): Promise<string[]> {
  const ids: string[] = [];
  for (const passage of await kb.search(question, 10))
    if (!ids.includes(passage.documentId)) ids.push(passage.documentId);
  return ids;
}

// The decision at other thresholds, from the confidence of the best passage (what answer() compares).
async function printCalibration(kb: KnowledgeBase): Promise<void> {
  const confidence = new Map<string, number>();
  for (const q of questions) confidence.set(q.question, (await kb.search(q.question, 1))[0]?.confidence ?? 0);
  const cells = [0.2, 0.25, 0.3, answerThreshold, 0.36, 0.4, 0.45, 0.5].map((t) => {
    const declined = questions.filter((q) => q.policy === null && (confidence.get(q.question) ?? 0) < t).length;
    const wrong = questions.filter((q) => q.policy !== null && (confidence.get(q.question) ?? 0) < t).length;
    return `${t.toFixed(2)}${t === answerThreshold ? '*' : ''}: ${declined}/${wrong}`;
  });
  console.log(`threshold: off-topic declined / answerable declined  ${cells.join('  ')}`);
}

async function printLatency(kb: KnowledgeBase): Promise<void> {
  for (const q of questions.slice(0, 10)) await kb.answer(q.question);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of questions) {
      const start = performance.now();
      await kb.answer(q.question);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const ms = (p: number) => `${percentile(times, p).toFixed(2)} ms`;
  console.log(`answer() latency over ${times.length} calls: p50 ${ms(50)}, p99 ${ms(99)}, max ${ms(100)}`);
}

/**
 * `count` pseudo-policies of the same shop: sample sentences keep the shop's boilerplate (words used by 3 or more
 * sample policies: 本店, 客服, 申请, 工作日…) and get new topic words from the jieba dictionary, or (5 %) topic
 * words of other sample policies (near misses, so real policy words also occur in unrelated documents).
 */
function synthesize(count: number, seed: number, nearMiss = 0.05): PolicyText[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const segmenter = getSegmenter();
  const han = /^\p{Script=Han}+$/u;
  const sentences = sample.flatMap((d) => d.body.split(/(?<=[。！？\n])/).filter((s) => /\p{Script=Han}/u.test(s)));
  const documentFrequency = new Map<string, number>();
  for (const d of sample)
    for (const w of new Set(segmenter.cut(d.body))) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  const boilerplate = new Set([...documentFrequency].filter(([, df]) => df >= 3).map(([w]) => w));
  const topicWords = [...documentFrequency.keys()].filter((w) => han.test(w) && w.length >= 2 && !boilerplate.has(w));
  const dictionaryWords = Buffer.from(dict)
    .toString('utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(
      ([word, freq, tag]) =>
        /^\p{Script=Han}{2,4}$/u.test(word ?? '') && Number(freq) >= 200 && /^[nva]/.test(tag ?? ''),
    )
    .map(([word]) => word as string);
  const topic = () => (random() < nearMiss ? pick(topicWords) : pick(dictionaryWords));
  const rewrite = (w: string) => {
    if (/^\d+$/.test(w)) return String(1 + Math.floor(random() * 60));
    if (!han.test(w) || boilerplate.has(w)) return w;
    return topic();
  };
  const sentence = () => segmenter.cut(pick(sentences).trim()).map(rewrite).join('');
  const suffixes = ['规定', '说明', '办法', '须知', '细则', '流程', '标准', '政策'];
  return Array.from({ length: count }, (_, i) => {
    const sections = Array.from({ length: 2 + Math.floor(random() * 3) }, () => {
      const lines = Array.from({ length: 2 + Math.floor(random() * 3) }, sentence);
      return `## ${topic()}${topic()}\n${lines.join('\n')}`;
    });
    const title = `${topic()}${topic()}${pick(suffixes)}`;
    return { id: `synthetic-${String(i).padStart(4, '0')}`, title, body: `${sentence()}\n\n${sections.join('\n\n')}` };
  });
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

console.log(
  `questions: ${questions.length} (${questions.filter((q) => q.policy).length} answerable, ${questions.filter((q) => !q.policy).length} not); answer threshold ${answerThreshold}`,
);
await measure('sample knowledge base', sample);
await measure('sample + 1,000 synthetic policies', [...sample, ...synthesize(1000, 20261128)]);
