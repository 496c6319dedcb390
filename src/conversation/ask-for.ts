import { markAsked } from './intake.ts';
import { say } from './say.ts';
import type { AskableField, Draft } from './state.ts';

/** The question(s) for `fields` as one reply, and the draft marked as having asked them. */
export function askFor(draft: Draft, fields: AskableField[], seed: number): { draft: Draft; text: string } {
  return { draft: markAsked(draft, fields), text: questionText(fields, seed) };
}

/** The question(s) the bot asked last, again, after it answered something else in between (not counted as asked). */
export function reAsk(draft: Draft, seed: number): string {
  return draft.lastAsked.length ? say('back_to_question', { question: questionText(draft.lastAsked, seed) }, seed) : '';
}

/** The question(s) the bot asked last, as plain text ('' when it asked nothing). */
export function pendingQuestion(draft: Draft, seed: number): string {
  return questionText(draft.lastAsked, seed);
}

function questionText(fields: AskableField[], seed: number): string {
  return fields
    .map((field, i) => (i === 0 ? '' : say('ask_joiner', {}, seed)) + say(`ask_${field}`, {}, seed))
    .join('');
}
