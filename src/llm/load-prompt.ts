import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `prompts/` at the repository root (from src/llm/ as from a build's dist/llm/). */
export const promptsDir = fileURLToPath(new URL('../../prompts/', import.meta.url));

/** A prompt file ready to fill in. */
export interface Prompt {
  task: string;
  /** the `{{names}}` the file uses, in order of first use */
  placeholders: readonly string[];
  /** The text with every placeholder replaced; throws when a value is missing (a programming error). */
  render(values: Readonly<Record<string, string>>): string;
}

const placeholder = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
// Reviewers' notes in a prompt file (<!-- … -->) stay in the repository and are not sent to the model.
const reviewerNote = /<!--[\s\S]*?-->/g;
const cache = new Map<string, string>();

/**
 * Reads `prompts/<task>.md` once and caches it. A missing file throws: call this when a module loads, so a
 * missing prompt stops the start-up instead of a customer's conversation.
 */
export function loadPrompt(task: string, dir: string = promptsDir): Prompt {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(task)) throw new Error(`invalid prompt task name: ${JSON.stringify(task)}`);
  const file = path.resolve(dir, `${task}.md`);
  let template = cache.get(file);
  if (template === undefined) {
    if (!fs.existsSync(file)) throw new Error(`prompt file missing: ${file}`);
    template = fs.readFileSync(file, 'utf8').replace(reviewerNote, '').trim();
    cache.set(file, template);
  }
  const text = template;
  const placeholders = [...new Set(Array.from(text.matchAll(placeholder), (m) => m[1]!))];
  return {
    task,
    placeholders,
    render(values) {
      const missing = placeholders.filter((name) => !Object.hasOwn(values, name));
      if (missing.length) throw new Error(`prompt ${task}: no value for ${missing.map((n) => `{{${n}}}`).join(', ')}`);
      // One pass: a value that itself contains {{…}} (customer text) is never substituted again.
      return text.replace(placeholder, (_, name: string) => values[name]!);
    },
  };
}
