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

const splitter = new SentenceSplitter({ chunkSize: 300, chunkOverlap: 80, separators, keepSeparator: true });

/** Splits a policy into passages of up to 300 characters that overlap by whole sentences. */
export async function splitPolicy(document: PolicyText): Promise<PolicyChunk[]> {
  // A heading belongs to the paragraph under it, never alone at the end of a passage.
  const body = document.body.replace(/^(#{1,6}[ \t].*)\n(?:[ \t]*\n)+/gm, '$1\n');
  const pieces = await splitter.splitText(body);
  const chunks: PolicyChunk[] = [];
  let from = 0;
  for (const [index, text] of pieces.entries()) {
    const at = Math.max(body.indexOf(text, from), from);
    from = at + 1;
    const firstLineEnd = at + (text.indexOf('\n') + 1 || text.length);
    chunks.push({ documentId: document.id, title: document.title, section: headingBefore(body, firstLineEnd), index, text });
  }
  return chunks;
}

/** The text a passage is indexed under: its title first, so a query that only names the policy still finds it. */
export function indexedText(chunk: PolicyChunk): string {
  const heading = chunk.section && !chunk.text.includes(chunk.section) ? `${chunk.section}\n` : '';
  return `${chunk.title}\n${heading}${chunk.text}`;
}

function headingBefore(body: string, end: number): string | null {
  const headings = [...body.slice(0, end).matchAll(/^#{1,6}[ \t]+(.+)$/gm)];
  return headings.at(-1)?.[1]?.trim() ?? null;
}
