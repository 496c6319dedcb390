import { z } from 'zod';
import type { LlmClient } from '../llm/llm-client.ts';
import { loadPrompt } from '../llm/load-prompt.ts';
import { maskPersonalData } from '../privacy/mask-personal-data.ts';
import type { KnowledgeAnswer, KnowledgeBase } from './knowledge-base.ts';

const kbAnswerPrompt = loadPrompt('kb-answer');

/** What the model answers for `prompts/kb-answer.md`. */
export const kbAnswerLlmSchema = z.object({
  answerable: z.boolean(),
  policyTitle: z.string().nullable(),
  answer: z.string().nullable(),
});

// Checked after parsing: strict structured outputs do not accept a maxLength.
const maxAnswerLength = 200;

const passagesForModel = 3;

/**
 * The knowledge base's answer, phrased by the language model from the retrieved passages only. The offline
 * decision stands: a question the knowledge base declines is not sent. The model may decline too. Its answer is
 * kept only if it cites one of the passages' policies and every number in it appears in those passages;
 * anything else (a failed call included) returns the offline extractive answer.
 */
export async function answerWithLlm(llm: LlmClient, kb: KnowledgeBase, question: string): Promise<KnowledgeAnswer> {
  const offline = await kb.answer(question);
  const masked = maskPersonalData(question).trim();
  if (offline.kind === 'no_answer' || !masked) return offline;
  const passages = await kb.search(question, passagesForModel);
  const result = await llm.complete({
    task: 'kb-answer',
    system: kbAnswerPrompt.render({
      passages: passages.map((p, i) => `[${i + 1}]《${p.title}》\n${p.text.trim()}`).join('\n\n'),
    }),
    user: masked,
    schema: kbAnswerLlmSchema,
    schemaName: 'kb_answer',
  });
  if (!result.ok) return offline;
  const { answerable, policyTitle, answer } = result.value;
  if (!answerable) return { kind: 'no_answer', reason: 'no_policy_answer' };
  const cited = passages.find((p) => p.title === policyTitle?.replace(/[《》]/g, '').trim());
  const text = answer?.trim() ?? '';
  const grounded = numbersGrounded(text, passages.map((p) => p.text).join('\n'));
  if (!cited || text === '' || text.length > maxAnswerLength || !grounded) return offline;
  return {
    kind: 'answer',
    text: text.includes(`《${cited.title}》`) ? text : `根据《${cited.title}》：${text}`,
    citations: [{ documentId: cited.documentId, title: cited.title }],
    confidence: offline.confidence,
  };
}

// A number the passages do not contain is a promise the policy does not make.
function numbersGrounded(answer: string, passages: string): boolean {
  const compact = passages.replace(/\s+/g, '');
  return (answer.replace(/\s+/g, '').match(/\d+(?:[.:]\d+)?/g) ?? []).every((n) => compact.includes(n));
}
