import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { PolicyText } from './policy-document.ts';

/** One passage of a policy: a few whole sentences, with the document it came from. */
export interface PolicyChunk {
  documentId: string;
  title: string;
  /** the `##` heading the passage starts under, if any */
  section: string | null;
  /** position of the passage in its document, from 0 */
  index: number;
  text: string;
}

// Paragraphs, lines, then Chinese sentence and clause ends; '' is the last resort for a run-on clause.
const separators = ['\n\n', '\n', '。', '！', '？', '；', '，', ''];

/**
 * LangChain's keepSeparator puts the separator at the start of the next piece ("。本店…"); a Chinese sentence
 * owns its full stop, so this splitter keeps it at the end and a passage always ends on a whole sentence.
 */
class SentenceSplitter extends RecursiveCharacterTextSplitter {
  protected override splitOnSeparator(text: string, separator: string): string[] {
    if (separator === '') return Array.from(text);
    const escaped = separator.replace(/[/\-\\^$*+?.()|[\]{}]/g, '\\$&');
    return text.split(new RegExp(`(?<=${escaped})`)).filter((s) => s !== '');
  }
}

const chunkSize = 300;
// LangChain does not merge small pieces across recursion levels; a shorter piece joins its neighbour.
const minChunkSize = 80;
const splitter = new SentenceSplitter({ chunkSize, chunkOverlap: 80, separators, keepSeparator: true });
const headingLine = /^#{1,6}[ \t]+(.+)$/gm;

/** Splits a policy into passages of up to 300 characters that overlap by whole sentences. */
export async function splitPolicy(document: PolicyText): Promise<PolicyChunk[]> {
  // A heading belongs to the paragraph under it, never alone at the end of a passage.
  const body = document.body.replace(/^(#{1,6}[ \t].*)\n(?:[ \t]*\n)+/gm, '$1\n');
  const pieces = mergeSmall(await splitter.splitText(body));
  const chunks: PolicyChunk[] = [];
  let from = 0;
  for (const [index, text] of pieces.entries()) {
    const firstLine = text.split('\n', 1)[0] ?? '';
    const at = body.indexOf(firstLine, from);
    if (at >= 0) from = at + 1;
    const section = headingBefore(body, (at >= 0 ? at : from) + firstLine.length);
    chunks.push({ documentId: document.id, title: document.title, section, index, text });
  }
  return chunks;
}

/** The text a passage is indexed under: its title first, so a query that only names the policy still finds it. */
export function indexedText(chunk: PolicyChunk): string {
  const headingShown = [...chunk.text.matchAll(headingLine)].some((m) => m[1]?.trim() === chunk.section);
  const heading = chunk.section && !headingShown ? `${chunk.section}\n` : '';
  return `${chunk.title}\n${heading}${chunk.text}`;
}

/** A passage's identity in every retriever's results (`metadata.key`). */
export function chunkKey(chunk: Pick<PolicyChunk, 'documentId' | 'index'>): string {
  return `${chunk.documentId}#${chunk.index}`;
}

function headingBefore(body: string, end: number): string | null {
  const headings = [...body.slice(0, end).matchAll(headingLine)];
  return headings.at(-1)?.[1]?.trim() ?? null;
}

// Pieces are consecutive in the body: a short one is glued to its neighbour when both fit, and a heading left
// at the end of a piece moves to the start of the next one.
function mergeSmall(pieces: readonly string[]): string[] {
  const merged: string[] = [];
  for (let piece of pieces) {
    const last = merged.pop();
    if (last === undefined) {
      merged.push(piece);
      continue;
    }
    const trailing = /(?:^|\n)(#{1,6}[ \t]+.+)\s*$/.exec(last);
    const kept = trailing ? last.slice(0, trailing.index).trim() : last;
    if (trailing?.[1]) piece = `${trailing[1]}\n${piece}`;
    if (kept === '') merged.push(piece);
    else if ((kept.length < minChunkSize || piece.length < minChunkSize) && kept.length + piece.length < chunkSize) {
      merged.push(`${kept}\n${piece}`);
    } else merged.push(kept, piece);
  }
  return merged;
}
