// Field extraction measured on corpus/fields.jsonl (hand-labelled complaints). A field counts as read correctly
// when the extracted value equals the label, including "absent" = "absent": producing a field the line does not
// label is an error for that field. Only fields the corpus labels are scored (the `product` convention is in
// bench/triage.ts).
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { complaintFieldsSchema, type FieldName } from '../triage-result.ts';
import { extractFields } from './extract-fields.ts';

const corpusUrl = new URL('../../../corpus/fields.jsonl', import.meta.url);
const lineSchema = z.object({ text: z.string(), now: z.iso.datetime({ offset: true }), fields: complaintFieldsSchema });
const minimumAccuracy = 0.98;

const lines = existsSync(corpusUrl)
  ? readFileSync(corpusUrl, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => lineSchema.parse(JSON.parse(line)))
  : [];
const labelled = [...new Set(lines.flatMap((line) => Object.keys(line.fields) as FieldName[]))];
const results = lines.map((line) => ({ line, got: extractFields(line.text, new Date(line.now)).fields }));
const report: string[] = [];

describe.skipIf(lines.length === 0)('field extraction on corpus/fields.jsonl', () => {
  afterAll(() => console.info(`field accuracy on ${lines.length} lines:\n${report.join('\n')}`));

  it.each(labelled)('reads %s on at least 98% of the lines', (field) => {
    const misses = results
      .filter(({ line, got }) => !isDeepStrictEqual(line.fields[field], got[field]))
      .map(
        ({ line, got }) =>
          `${line.text}\n    expected ${JSON.stringify(line.fields[field])}, got ${JSON.stringify(got[field])}`,
      );
    const accuracy = 1 - misses.length / lines.length;
    report.push(
      `  ${field.padEnd(16)} ${(accuracy * 100).toFixed(1)}% (${lines.length - misses.length}/${lines.length})`,
    );
    expect(accuracy, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(minimumAccuracy);
  });
});
