import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { categorySchema } from '../../complaint/taxonomy.ts';

export const corpusDir = path.resolve(import.meta.dirname, '../../../corpus/categories');

export const corpusLineSchema = z.object({
  text: z.string().min(1),
  category: categorySchema,
  business: z.string(),
  split: z.enum(['train', 'holdout']),
});
export type CorpusLine = z.infer<typeof corpusLineSchema>;

/** Reads every labelled complaint of corpus/categories/*.jsonl, failing loudly on a malformed line. */
export function loadCorpus(dir = corpusDir): CorpusLine[] {
  const lines: CorpusLine[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const parsed = corpusLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      lines.push(parsed.data);
    });
  }
  return lines;
}
