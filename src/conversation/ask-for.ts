import { markAsked } from './intake.ts';
import { say } from './say.ts';
import type { AskableField, Draft } from './state.ts';

/** The question(s) for `fields` as one reply, and the draft marked as having asked them. */
export function askFor(draft: Draft, fields: AskableField[], seed: number): { draft: Draft; text: string } {
  const text = fields.map((field, i) => (i === 0 ? '' : say('ask_joiner', {}, seed)) + say(`ask_${field}`, {}, seed)).join('');
  return { draft: markAsked(draft, fields), text };
}
