import { once } from 'node:events';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { TriageResult } from './triage-result.ts';

export interface TriageCommandDeps {
  input: Readable;
  output: Writable;
  triage: (text: string, now: Date) => Promise<TriageResult>;
  now: () => Date;
  /** how many texts may be triaged at once (1 offline; more when each waits on a model) */
  concurrency: number;
}

/**
 * SPEC §7 batch triage: JSON lines {"text"} or plain text lines in, one JSON line out per input, in input order.
 * Streams with bounded work in flight, so input of any size runs in constant memory. Blank lines are skipped;
 * a line that is JSON but carries no text gets an {"error"} line in its place, so outputs stay aligned.
 */
export async function runTriageCommand(deps: TriageCommandDeps): Promise<{ lines: number; errors: number }> {
  const lines = readline.createInterface({ input: deps.input, crlfDelay: Infinity });
  const inFlight: Promise<string>[] = [];
  let count = 0;
  let errors = 0;

  const write = async (line: string) => {
    if (!deps.output.write(`${line}\n`)) await once(deps.output, 'drain');
  };

  for await (const raw of lines) {
    if (raw.trim() === '') continue;
    count++;
    const parsed = readText(raw);
    inFlight.push(
      parsed.ok
        ? deps
            .triage(parsed.text, deps.now())
            .then((r) => JSON.stringify(outputLine(r)))
            .catch(() => {
              errors++;
              return JSON.stringify({ error: { code: 'triage_failed', message: 'could not triage this text' } });
            })
        : Promise.resolve(JSON.stringify({ error: { code: 'invalid_input', message: parsed.message } })),
    );
    if (!parsed.ok) errors++;
    if (inFlight.length >= deps.concurrency) await write(await inFlight.shift()!);
  }
  while (inFlight.length) await write(await inFlight.shift()!);
  return { lines: count, errors };
}

function readText(line: string): { ok: true; text: string } | { ok: false; message: string } {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('"')) return { ok: true, text: trimmed };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { ok: true, text: trimmed }; // not JSON after all: a plain text line that starts with a brace or quote
  }
  if (typeof value === 'string') return value.trim() ? { ok: true, text: value } : { ok: false, message: 'empty text' };
  const text = (value as { text?: unknown } | null)?.text;
  if (typeof text === 'string' && text.trim() !== '') return { ok: true, text };
  return { ok: false, message: 'expected {"text": "<complaint>"} or a plain text line' };
}

/** Exactly the SPEC §7 keys, in its order. */
function outputLine(r: TriageResult) {
  return {
    category: r.category,
    categories: r.categories,
    severity: r.severity,
    safety: r.safety,
    immediateAction: r.immediateAction,
    spilloverRisk: r.spilloverRisk,
    fields: r.fields,
  };
}
