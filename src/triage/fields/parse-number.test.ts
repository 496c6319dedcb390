import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.ts';

describe('parseNumber', () => {
  it.each([
    ['299', 299],
    ['1,299.00', 1299],
    ['1.2万', 12000],
    ['3k', 3000],
    ['5w', 50000],
    ['三千', 3000],
    ['两千五', 2500],
    ['一千二百', 1200],
    ['一千二', 1200],
    ['一千零五', 1005],
    ['三万五', 35000],
    ['两百', 200],
    ['五百', 500],
    ['十', 10],
    ['十一', 11],
    ['二十五', 25],
    ['一万零八百', 10800],
    ['二零二六', 2026],
    ['五', 5],
  ])('reads %s as %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([[''], ['百'], ['万'], ['五五五百'], ['abc'], ['三点']])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});
