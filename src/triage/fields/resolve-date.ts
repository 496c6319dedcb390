import { z } from 'zod';
import { formatDate } from './calendar-date.ts';
import type { DateMention } from './find-date-mentions.ts';
import incidentJson from './lexicon/incident-words.json' with { type: 'json' };
import type { Span } from './mask-spans.ts';

const incidentLexiconSchema = z.object({
  $comment: z.string().optional(),
  incidentWords: z.array(z.string()).min(1),
  messageWords: z.array(z.string()).min(1),
});
const lexicon = incidentLexiconSchema.parse(incidentJson);
const incident = new RegExp(lexicon.incidentWords.join('|'));
const aboutMessage = new RegExp(lexicon.messageWords.join('|'));
const clauseEnd = /[，,。!！?？;；]/;
// Spaces end a clause too, as people type them for commas.
const clauseBefore = /[^，,。!！?？;；\s]*$/;
const clauseAfter = /^[^，,。!！?？;；\s]*/;
const clauseSpan = 20;

/**
 * The incident date as "YYYY-MM-DD": the first date tied to the purchase or incident, else the first past date; a date
 * in a clause about the message itself ("刚才打错字了") or one denied ("不是昨天") dates nothing.
 */
export function resolveDate(text: string, mentions: readonly DateMention[]): string | undefined {
  const dated = mentions.filter((m) => m.date !== undefined && !isAboutMessage(text, m) && !isDenied(text, m));
  const chosen = dated.find((m) => isIncidentDate(text, m)) ?? dated[0];
  return chosen?.date && formatDate(chosen.date);
}

/** True when the words right after the date tie it to the purchase or the incident: "上周三买的", "11.5下单的". */
export function isIncidentDate(text: string, mention: Span): boolean {
  const after = text.slice(mention.end, mention.end + 12).trimStart();
  const clause = after.split(clauseEnd)[0]!.split(/\s/)[0]!;
  return incident.test(clause);
}

// "不是昨天，是前天": a date the customer denies is the one being corrected away.
function isDenied(text: string, mention: Span): boolean {
  return /(?:不是|并不是|并非|而不是)\s*$/.test(text.slice(Math.max(0, mention.start - 4), mention.start));
}

function isAboutMessage(text: string, mention: Span): boolean {
  const clause =
    clauseBefore.exec(text.slice(Math.max(0, mention.start - clauseSpan), mention.start))![0] +
    text.slice(mention.start, mention.end) +
    clauseAfter.exec(text.slice(mention.end, mention.end + clauseSpan))![0];
  return aboutMessage.test(clause);
}
