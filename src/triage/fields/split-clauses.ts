import type { Span } from './mask-spans.ts';

// Punctuation, and spaces people type instead of commas; a '.', ':' or space between digits is part of a number.
// 但是/不过/只 start a new clause: "不要赔偿只要道歉" is two wishes.
const clauseBreak =
  /[,，。!！?？;；~～、…]+|(?<!\d)[.:]|[.:](?!\d)|(?<!\d)\s+|\s+(?!\d)|(?=但是|不过|可是|只是|而是|只)/g;

/** The clauses of a message, as offsets into it (empty clauses dropped). */
export function splitClauses(text: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(text); m; m = clauseBreak.exec(text)) {
    if (m.index > start) clauses.push({ start, end: m.index });
    start = m.index + m[0].length;
    if (m[0] === '') clauseBreak.lastIndex++;
  }
  if (text.length > start) clauses.push({ start, end: text.length });
  return clauses;
}
