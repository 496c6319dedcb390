import { formatDate } from './calendar-date.ts';
import { type DateMention, isIncidentDate } from './find-date-mentions.ts';

/** The incident date as "YYYY-MM-DD": the first date tied to the purchase or incident, else the first past date. */
export function resolveDate(text: string, mentions: readonly DateMention[]): string | undefined {
  const dated = mentions.filter((m) => m.date !== undefined);
  const chosen = dated.find((m) => isIncidentDate(text, m)) ?? dated[0];
  return chosen?.date && formatDate(chosen.date);
}
