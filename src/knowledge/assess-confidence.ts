/** BM25 evidence that one passage answers a question (see Bm25Index.search). */
export interface Evidence {
  /** IDF-weighted share of the question's words the passage contains, 0..1 */
  coverage: number;
  /** how many of the question's content words the passage contains */
  matchedTerms: number;
  /** how many content words the question has */
  contentTerms: number;
}

/**
 * Below this the knowledge base declines (no_policy_answer) and the bot hands off. Calibrated with
 * `npm run bench:kb` on corpus/kb-questions.jsonl (it prints the decisions at other thresholds): from 0.30 up,
 * 24 of 25 off-topic questions are declined, and every step up declines more answerable ones. Wrongly declining
 * only costs a handoff to a person, answering off-topic misleads the customer, so the cut keeps some margin
 * above the highest off-topic confidence seen (0.30).
 */
export const answerThreshold = 0.32;

/**
 * How sure we are, 0..1, that the passage answers the question: the share of the question it covers, halved
 * when it shares a single word with a longer question ("能帮我修苹果手机吗" shares only 修 with the warranty
 * policy). One shared word is a topic, not an answer.
 */
export function assessConfidence(evidence: Evidence): number {
  if (evidence.contentTerms === 0) return 0;
  const enough = evidence.matchedTerms >= Math.min(2, evidence.contentTerms);
  return Math.min(1, Math.max(0, evidence.coverage * (enough ? 1 : 0.5)));
}
