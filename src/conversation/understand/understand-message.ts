import { findComplaintCode } from '../../complaint/complaint-code.ts';
import type { Attachment } from '../../complaint/complaint-record.ts';
import { detectSafety } from '../../triage/assess/detect-safety.ts';
import { detectSpillover } from '../../triage/assess/detect-spillover.ts';
import { measureAnger } from '../../triage/assess/measure-anger.ts';
import type { KnownFields } from '../../triage/fields/extract-fields.ts';
import type { TriageEngine } from '../../triage/triage-engine.ts';
import type { Understanding } from '../events.ts';
import { detectIntents, type Intent, stripNonStory } from './detect-intents.ts';

/** Longer messages are stored whole but read only this far: enough for any real complaint, bounded in cost. */
export const maxReadLength = 2000;

/** Intents of a message that talks to the bot rather than telling a story: its length alone does not make it one. */
const chatter: readonly Intent[] = [
  'greeting',
  'thanks',
  'goodbye',
  'ask_bot',
  'ask_status',
  'question',
  'withdraw',
  'off_topic',
];

const hanOf = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * Everything the dialogue needs to know about one message, computed once before the pure transition. `known` is what
 * the conversation already holds that changes how a message reads ("退钱" about a service, "重开一张" about an invoice).
 */
export function understandMessage(
  engine: TriageEngine,
  rawText: string,
  now: Date,
  attachments: readonly Attachment[] = [],
  known: KnownFields = {},
): Understanding {
  const fullText = rawText.trim();
  const text = fullText.slice(0, maxReadLength);
  const han = hanOf(text);
  // Letters of English words, not of e-mail addresses, links or order numbers (wangfang@163.com, TB2026…).
  const latin = (text.replace(/\S+@\S+|https?:\/\/\S+|[A-Za-z]*\d[A-Za-z\d-]*/g, '').match(/[A-Za-z]/g) ?? []).length;
  const empty = !/[\p{L}\p{N}]/u.test(text);
  const intents = detectIntents(text);
  const extraction = engine.extract(text, now, known);
  const safety = empty ? [] : detectSafety(text);
  const spillover = !empty && detectSpillover(text);
  const anger = measureAnger(text);
  const chatting = chatter.some((i) => intents.has(i));
  // What is left once field labels, dates, remedies and courtesy are gone, minus the product's and the customer's names.
  const { product = '', customerName = '' } = extraction.fields;
  const story = hanOf(stripNonStory(text)) - hanOf(product) - hanOf(customerName);
  // A long account of a purchase tells a story even with a question in it ("老板在吗？我昨天买的车厘子…你们怎么做生意的").
  const account = story >= 12 && (product !== '' || /[买订办]了?的|[买订办]了/.test(text));
  const describes =
    !empty &&
    (safety.length > 0 ||
      spillover ||
      (intents.has('grievance') && han >= 3) ||
      ((!chatting || account) && story >= 6) ||
      (han === 0 && latin >= 20));
  return {
    text,
    fullText,
    truncated: fullText.length > maxReadLength,
    extraction,
    intents,
    safety,
    spillover,
    anger,
    ranking: describes ? engine.rank(text).slice(0, 3) : [],
    code: findComplaintCode(text),
    describes,
    bare: story < 3,
    bareName: readBareName(engine, text, now),
    empty,
    attachments,
    latin: latin >= 3 && latin > han * 2,
  };
}

/** "王", "李女士", "王小明": read as a name by putting it after "我叫"/"我姓", which the field extractor knows. */
function readBareName(engine: TriageEngine, text: string, now: Date): string | undefined {
  const bare = text.replace(/^(我)?(姓|叫|是)?/, '').replace(/[。.!！~]+$/, '');
  if (!/^\p{Script=Han}{1,4}$/u.test(bare)) return undefined;
  const name =
    engine.extract(`我叫${bare}`, now).fields.customerName ??
    (bare.length <= 2 ? engine.extract(`我姓${bare}`, now).fields.customerName : undefined);
  return name && bare.startsWith(name.slice(0, 1)) ? name : undefined;
}
