import { type Category, categories, type Severity, severities } from '../complaint/taxonomy.ts';
import type { ComplaintFields, TriageResult } from '../triage/triage-result.ts';
import type { TriageLlm } from './triage-with-llm.ts';

/**
 * Combines the offline triage with the model's. The model can raise safety, spill-over risk, immediate action and
 * severity, never lower them; its categories lead; its fields only fill gaps, and never phone or e-mail
 * (it saw those masked). Offline extraction wins where both have a value: it reads the exact text.
 */
export function mergeTriage(offline: TriageResult, llm: TriageLlm): TriageResult {
  const safety = offline.safety || llm.safety;
  const spilloverRisk = offline.spilloverRisk || llm.spilloverRisk;
  // SPEC §4: a safety hazard is critical and needs immediate action; a spill-over risk is at least high.
  const immediateAction = offline.immediateAction || llm.immediateAction || safety;
  const floor: Severity = safety ? 'critical' : spilloverRisk ? 'high' : 'low';
  const severity = highest([offline.severity, llm.severity, floor]);
  const ranked = unique<Category>([...llm.categories, ...offline.categories, ...categories]).slice(0, 3);
  return {
    category: ranked[0]!,
    categories: ranked,
    severity,
    safety,
    immediateAction,
    spilloverRisk,
    fields: mergeFields(offline.fields, llm.fields),
  };
}

function mergeFields(offline: ComplaintFields, llm: TriageLlm['fields']): ComplaintFields {
  const merged: ComplaintFields = { ...offline };
  if (merged.product === undefined && llm.product !== null) merged.product = llm.product;
  if (merged.customerName === undefined && llm.customerName !== null) merged.customerName = llm.customerName;
  if (merged.orderNumber === undefined && llm.orderNumber !== null) merged.orderNumber = llm.orderNumber;
  if (merged.occurredOn === undefined && llm.occurredOn !== null) merged.occurredOn = llm.occurredOn;
  if (merged.amount === undefined && llm.amount !== null) merged.amount = llm.amount;
  if (!merged.remedyRequested?.length && llm.remedyRequested?.length) {
    merged.remedyRequested = unique(llm.remedyRequested);
  }
  return merged;
}

function highest(levels: Severity[]): Severity {
  return severities[Math.max(...levels.map((s) => severities.indexOf(s)))]!;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
