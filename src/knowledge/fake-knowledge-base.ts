import type { KnowledgeAnswer, KnowledgeBase, Passage } from './knowledge-base.ts';
import type { PolicyText } from './policy-document.ts';

/** A scripted policy: questions that contain `match` (or match the pattern) are answered with `text`. */
export interface FakePolicy {
  match: string | RegExp;
  title: string;
  text: string;
  documentId?: string;
  confidence?: number;
}

/** A `KnowledgeBase` for other modules' tests: answers from a script and records what it was asked. */
export interface FakeKnowledgeBase extends KnowledgeBase {
  readonly queries: string[];
  readonly rebuilds: (readonly PolicyText[])[];
}

/** Answers `根据《title》：text` for the first scripted policy a question matches, no_answer otherwise. */
export function createFakeKnowledgeBase(policies: readonly FakePolicy[] = []): FakeKnowledgeBase {
  const queries: string[] = [];
  const rebuilds: (readonly PolicyText[])[] = [];
  const matching = (query: string) =>
    policies.filter((p) => (typeof p.match === 'string' ? query.includes(p.match) : p.match.test(query)));
  const toPassage = (p: FakePolicy): Passage => ({
    documentId: p.documentId ?? p.title,
    title: p.title,
    text: p.text,
    score: 1,
    confidence: p.confidence ?? 0.9,
  });
  return {
    queries,
    rebuilds,
    async search(query, k = 5) {
      queries.push(query);
      return matching(query).slice(0, k).map(toPassage);
    },
    async answer(query): Promise<KnowledgeAnswer> {
      queries.push(query);
      const hit = matching(query)[0];
      if (!hit) return { kind: 'no_answer', reason: 'no_policy_answer' };
      const passage = toPassage(hit);
      return {
        kind: 'answer',
        text: `根据《${passage.title}》：${passage.text}`,
        citations: [{ documentId: passage.documentId, title: passage.title }],
        confidence: passage.confidence,
      };
    },
    async rebuild(documents) {
      rebuilds.push(documents);
    },
  };
}
