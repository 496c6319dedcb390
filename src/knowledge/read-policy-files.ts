import fs from 'node:fs';
import path from 'node:path';
import { parsePolicyFile } from './parse-policy-file.ts';
import type { PolicyInput } from './policy-document.ts';

/** The sample policies shipped with qingting (knowledge/ at the repository root). */
export const samplePoliciesDir = path.resolve(import.meta.dirname, '../../knowledge');

/**
 * Reads `dir`/*.md in name order; slug = file name. README.md is not a policy; a file with bad front-matter
 * is skipped and reported. A missing folder has no policies.
 */
export function readPolicyFiles(dir: string): {
  policies: (PolicyInput & { slug: string })[];
  skipped: { file: string; reason: string }[];
} {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
        .sort()
    : [];
  const policies: (PolicyInput & { slug: string })[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const file of files) {
    const parsed = parsePolicyFile(fs.readFileSync(path.join(dir, file), 'utf8'));
    if (parsed.ok) policies.push({ ...parsed.value, slug: file });
    else skipped.push({ file, reason: parsed.reason });
  }
  return { policies, skipped };
}
