import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('gives the embedded default when nothing is set', () => {
    const result = parseEnv({});
    expect(result).toMatchObject({
      ok: true,
      env: { PORT: 3000, DATABASE_URL: 'file:./data/qingting.db', TZ_BUSINESS: 'Asia/Shanghai' },
    });
  });

  it('treats empty values as unset, as a copied .env.example leaves them', () => {
    const result = parseEnv({ ADMIN_TOKEN: '', OPENAI_BASE_URL: '', OPENAI_API_KEY: ' ' });
    expect(result.ok && result.env.ADMIN_TOKEN).toBeUndefined();
    expect(result.ok && result.env.OPENAI_BASE_URL).toBeUndefined();
    expect(result.ok && result.env.OPENAI_API_KEY).toBeUndefined();
  });

  it('reports every bad value by name', () => {
    const result = parseEnv({
      PORT: 'abc',
      TZ_BUSINESS: 'Mars/Base',
      ADMIN_TOKEN: 'short',
      OPENAI_BASE_URL: 'not a url',
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.join('\n');
    for (const name of ['PORT', 'TZ_BUSINESS', 'ADMIN_TOKEN', 'OPENAI_BASE_URL']) expect(errors).toContain(name);
  });
});
