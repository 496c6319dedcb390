import { describe, expect, it } from 'vitest';
import { answerThreshold, assessConfidence } from './assess-confidence.ts';

describe('assessConfidence', () => {
  it('is the coverage when the passage shares two or more content words with the question', () => {
    expect(assessConfidence({ coverage: 0.8, matchedTerms: 3, contentTerms: 4 })).toBeCloseTo(0.8);
  });

  it('halves the coverage when a longer question shares a single word with the passage', () => {
    expect(assessConfidence({ coverage: 0.5, matchedTerms: 1, contentTerms: 3 })).toBeCloseTo(0.25);
    expect(assessConfidence({ coverage: 0.5, matchedTerms: 1, contentTerms: 3 })).toBeLessThan(answerThreshold);
  });

  it('trusts a one-word question that the passage covers', () => {
    expect(assessConfidence({ coverage: 1, matchedTerms: 1, contentTerms: 1 })).toBe(1);
  });

  it('is 0 for a question with no content words', () => {
    expect(assessConfidence({ coverage: 0, matchedTerms: 0, contentTerms: 0 })).toBe(0);
  });
});
