import type { PolicyAdvisor } from '../conversation/conversation-deps.ts';
import type { Db } from '../db/client.ts';
import { listLivePolicyTitles } from '../db/knowledge.ts';
import type { LlmClient } from '../llm/llm-client.ts';
import { answerWithLlm } from './answer-with-llm.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { findPolicyOffer } from './offers/find-policy-offer.ts';

/**
 * The knowledge base as the dialogue sees it: answers cite a policy or are null (the bot then says it does not
 * know and offers a human); offers come only from rules whose policy is still live in the database.
 */
export function createPolicyAdvisor(deps: {
  db: Db;
  kb: KnowledgeBase;
  timeZone: string;
  llm?: LlmClient;
}): PolicyAdvisor {
  return {
    async answer(question) {
      const answer = deps.llm ? await answerWithLlm(deps.llm, deps.kb, question) : await deps.kb.answer(question);
      return answer.kind === 'answer' ? { text: answer.text } : null;
    },
    async findOffer(complaint, now) {
      return findPolicyOffer(complaint, now, deps.timeZone, await listLivePolicyTitles(deps.db));
    },
  };
}
