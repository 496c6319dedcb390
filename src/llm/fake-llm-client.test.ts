import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFakeLlmClient } from './fake-llm-client.ts';

const schema = z.object({ answer: z.enum(['yes', 'no']) });
const request = { task: 'probe', system: 's', user: 'u', schema, schemaName: 'probe' };

describe('createFakeLlmClient', () => {
  it('answers the script in order, checks values against the schema and records requests', async () => {
    const llm = createFakeLlmClient([
      { value: { answer: 'yes' } },
      { value: { answer: 'maybe' } },
      { fail: 'timeout' },
    ]);
    expect(await llm.complete(request)).toEqual({ ok: true, value: { answer: 'yes' } });
    expect(await llm.complete(request)).toMatchObject({ ok: false, reason: 'invalid_output' });
    expect(await llm.complete({ ...request, user: 'third' })).toEqual({
      ok: false,
      reason: 'timeout',
      detail: 'fake timeout',
    });
    expect(llm.requests.map((r) => r.user)).toEqual(['u', 'u', 'third']);
    await expect(llm.complete(request)).rejects.toThrow(/no scripted reply left for call 4/);
  });

  it('can answer from a function of the request', async () => {
    const llm = createFakeLlmClient((r) => ({ value: { answer: r.user === 'ok' ? 'yes' : 'no' } }));
    expect(await llm.complete({ ...request, user: 'ok' })).toEqual({ ok: true, value: { answer: 'yes' } });
    expect(await llm.complete(request)).toEqual({ ok: true, value: { answer: 'no' } });
  });
});
