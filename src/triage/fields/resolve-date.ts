import { z } from 'zod';
import { formatDate } from './calendar-date.ts';
import type { DateMention } from './find-date-mentions.ts';
import incidentJson from './lexicon/incident-words.json' with { type: 'json' };
import type { Span } from './mask-spans.ts';

const incidentLexiconSchema = z.object({ $comment: z.string().optional(), incidentWords: z.array(z.string()).min(1) });
const incident = new RegExp(incidentLexiconSchema.parse(incidentJson).incidentWords.join('|'));
const clauseEnd = /[，,。!！?？;；]/;

/** The incident date as "YYYY-MM-DD": the first date tied to the purchase or incident, else the first past date. */
export function resolveDate(text: string, mentions: readonly DateMention[]): string | undefined {
  const dated = mentions.filter((m) => m.date !== undefined);
  const chosen = dated.find((m) => isIncidentDate(text, m)) ?? dated[0];
  return chosen?.date && formatDate(chosen.date);
}

/** True when the words right after the date tie it to the purchase or the incident: "上周三买的", "11.5下单的". */
export function isIncidentDate(text: string, mention: Span): boolean {
  const after = text.slice(mention.end, mention.end + 12).trimStart();
  const clause = after.split(clauseEnd)[0]!.split(/\s/)[0]!;
  return incident.test(clause);
}
