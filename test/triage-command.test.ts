import { execFile } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTriageCommand } from '../src/triage/run-triage-command.ts';
import type { TriageResult } from '../src/triage/triage-result.ts';

const root = path.resolve(import.meta.dirname, '..');

describe('npx qingting triage (SPEC §7)', () => {
  it('reads JSON and plain lines on stdin and writes one SPEC line per input, in order', async () => {
    const input = [
      JSON.stringify({ text: '昨天买的电热水壶插上就冒烟，手被电了一下，电话138 1234 5678，再不处理我就打12315' }),
      '外卖晚了两个小时才送到，饭都凉了',
      '',
      JSON.stringify({ nope: 1 }),
    ].join('\n');
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        ['bin/qingting.mjs', 'triage'],
        { cwd: root, env: { PATH: process.env.PATH } },
        (error, out) => (error ? reject(error) : resolve(out)),
      );
      child.stdin?.end(input);
    });
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0])).toEqual([
      'category',
      'categories',
      'severity',
      'safety',
      'immediateAction',
      'spilloverRisk',
      'fields',
    ]);
    expect(lines[0]).toMatchObject({ severity: 'critical', safety: true, immediateAction: true, spilloverRisk: true });
    expect(lines[0].fields).toMatchObject({ product: '电热水壶', phone: '13812345678' });
    expect(lines[0].categories).toHaveLength(3);
    expect(lines[1]).toMatchObject({ safety: false, spilloverRisk: false });
    expect(lines[2].error.code).toBe('invalid_input');
  }, 60_000);

  it('keeps input order when triage calls finish out of order', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk) => {
      written += chunk;
    });
    const result = (text: string) =>
      ({ category: '其他问题', categories: [], fields: { description: text } }) as unknown as TriageResult;
    const done = runTriageCommand({
      input,
      output,
      now: () => new Date(),
      concurrency: 4,
      triage: (text) => new Promise((resolve) => setTimeout(() => resolve(result(text)), text === 'a' ? 50 : 1)),
    });
    input.end('a\nb\nc\n');
    expect(await done).toEqual({ lines: 3, errors: 0 });
    expect(
      written
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).fields.description),
    ).toEqual(['a', 'b', 'c']);
  });
});
