import type { Segmenter } from '../text/segmenter.ts';
import { assessSeverity } from './assess/assess-severity.ts';
import { detectSafety } from './assess/detect-safety.ts';
import { detectSpillover } from './assess/detect-spillover.ts';
import { measureAnger } from './assess/measure-anger.ts';
import { type CategoryModel, type RankedCategory, rankCategories } from './classify/category-model.ts';
import { extractFields, type KnownFields } from './fields/extract-fields.ts';
import type { Extraction, TriageResult } from './triage-result.ts';

/** Offline understanding of customer text: fields, category ranking and assessment. */
export interface TriageEngine {
  /** The SPEC §7 triage of one complaint text written at `now`. */
  triage(text: string, now: Date): TriageResult;
  /** Categories best first with probabilities, for callers that weigh confidence. */
  rank(text: string): RankedCategory[];
  /** Fields, refusals and "不知道订单号" from one message; `known` is what the conversation already holds. */
  extract(text: string, now: Date, known?: KnownFields): Extraction;
}

/** Builds the offline engine from a trained category model. */
export function createTriageEngine(deps: {
  model: CategoryModel;
  segmenter: Segmenter;
  timeZone: string;
}): TriageEngine {
  const rank = (text: string) => rankCategories(deps.model, deps.segmenter, text);
  const extract = (text: string, now: Date, known?: KnownFields) => extractFields(text, now, deps.timeZone, known);
  return {
    rank,
    extract,
    triage(text, now) {
      const description = text.trim();
      const { fields } = extract(description, now);
      const ranked = rank(description);
      const spilloverRisk = detectSpillover(description);
      const assessment = assessSeverity({
        safety: detectSafety(description).length > 0,
        spilloverRisk,
        anger: measureAnger(description),
        amount: fields.amount,
        repeat: false,
        wantsHuman: false,
      });
      const categories = ranked.slice(0, 3).map((r) => r.category);
      return {
        category: categories[0]!,
        categories,
        ...assessment,
        fields: description ? { description, ...fields } : fields,
      };
    },
  };
}
