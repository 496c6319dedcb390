import { describe, expect, it } from 'vitest';
import { checkCompensationAuthority } from './authority-limits.ts';

describe('checkCompensationAuthority', () => {
  it.each([
    ['frontline', undefined, true],
    ['frontline', 200, true],
    ['frontline', 200.01, false],
    ['specialist', 2000, true],
    ['specialist', 2001, false],
    ['supervisor', 50_000, true],
    ['admin', 1_000_000, true],
  ] as const)('%s offering %s yuan: %s', (role, amount, ok) => {
    expect(checkCompensationAuthority(role, amount).ok).toBe(ok);
  });

  it('says who can approve instead, in Chinese and English', () => {
    expect(checkCompensationAuthority('frontline', 500)).toEqual({
      ok: false,
      code: 'forbidden',
      message: expect.stringMatching(/500 元.*一线客服.*200 元.*投诉专员.*exceeds the frontline limit of 200 yuan/s),
    });
    const big = checkCompensationAuthority('frontline', 5000);
    expect(!big.ok && big.message).toContain('投诉主管');
  });
});
