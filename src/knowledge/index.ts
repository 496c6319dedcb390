export { answerWithLlm } from './answer-with-llm.ts';
export { buildKnowledgeBase, createKnowledgeBase } from './create-knowledge-base.ts';
export { createOpenAiEmbeddings } from './create-openai-embeddings.ts';
export { createFakeKnowledgeBase, type FakeKnowledgeBase, type FakePolicy } from './fake-knowledge-base.ts';
export {
  type Citation,
  type KnowledgeAnswer,
  type KnowledgeBase,
  knowledgeAnswerSchema,
  type Passage,
  passageSchema,
} from './knowledge-base.ts';
export {
  type PolicyDocument,
  type PolicyInput,
  type PolicyText,
  type PolicyVersion,
  policyDocumentSchema,
  policyInputSchema,
  policyVersionSchema,
} from './policy-document.ts';
export { samplePoliciesDir } from './read-policy-files.ts';
