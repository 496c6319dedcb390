import { z } from 'zod';
import { type PolicyInput, policyInputSchema } from './policy-document.ts';

const frontMatterPattern = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Reads one knowledge/*.md file: a `---` block of `key: value` lines (title, category, effective), then the
 * Markdown body. Only the flat subset of YAML that policy files use is understood; no package needed for it.
 */
export function parsePolicyFile(text: string): { ok: true; value: PolicyInput } | { ok: false; reason: string } {
  const source = text.replace(/^\uFEFF/, '');
  const match = frontMatterPattern.exec(source);
  if (!match) return { ok: false, reason: 'no front-matter: the file must start with a --- block' };
  const fields: Record<string, string> = {};
  for (const [i, line] of (match[1] ?? '').split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const pair = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!pair) return { ok: false, reason: `front-matter line ${i + 1} is not "key: value"` };
    fields[pair[1] ?? ''] = unquote(stripComment(pair[2] ?? ''));
  }
  const parsed = policyInputSchema.safeParse({ ...fields, body: source.slice(match[0].length) });
  if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error) };
  return { ok: true, value: parsed.data };
}

// YAML: ` #` starts a comment outside quotes; a `#` inside a word (C#) does not.
function stripComment(value: string): string {
  if (/^["']/.test(value.trim())) return value.trim();
  return value.replace(/\s+#.*$/, '').trim();
}

function unquote(value: string): string {
  const quoted = /^"(.*)"$|^'(.*)'$/.exec(value);
  if (!quoted) return value;
  return quoted[1] !== undefined ? quoted[1].replace(/\\"/g, '"') : (quoted[2] ?? '').replace(/''/g, "'");
}
