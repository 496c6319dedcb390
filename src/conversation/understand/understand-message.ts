import { findComplaintCode } from '../../complaint/complaint-code.ts';
import { detectSafety } from '../../triage/assess/detect-safety.ts';
import { detectSpillover } from '../../triage/assess/detect-spillover.ts';
import { measureAnger } from '../../triage/assess/measure-anger.ts';
import type { TriageEngine } from '../../triage/triage-engine.ts';
import type { Understanding } from '../events.ts';
import { detectIntents, type Intent } from './detect-intents.ts';

/** Longer messages are stored whole but read only this far: enough for any real complaint, bounded in cost. */
export const maxReadLength = 2000;

const social: ReadonlySet<Intent> = new Set(['greeting', 'thanks', 'goodbye', 'affirm', 'deny', 'unknown', 'ask_human', 'ask_status']);

/** Everything the dialogue needs to know about one message, computed once before the pure transition. */
export function understandMessage(engine: TriageEngine, rawText: string, now: Date): Understanding {
  const text = rawText.trim().slice(0, maxReadLength);
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const empty = !/[\p{L}\p{N}]/u.test(text);
  const intents = detectIntents(text);
  const extraction = engine.extract(text, now);
  const safety = empty ? [] : detectSafety(text);
  const spillover = !empty && detectSpillover(text);
  const anger = measureAnger(text);
  const socialOnly = intents.size > 0 && [...intents].every((i) => social.has(i) || i === 'question');
  const substantive =
    !empty &&
    (safety.length > 0 ||
      spillover ||
      (!socialOnly && han >= 8) ||
      (han >= 4 && (intents.has('grievance') || intents.has('complain') || anger > 0 || !!extraction.fields.product)) ||
      (han === 0 && latin >= 20));
  return {
    text,
    extraction,
    intents,
    safety,
    spillover,
    anger,
    ranking: substantive ? engine.rank(text).slice(0, 3) : [],
    code: findComplaintCode(text),
    substantive,
    empty,
    latin: latin >= 3 && latin > han * 2,
  };
}
