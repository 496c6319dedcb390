import { describe, expect, it } from 'vitest';
import { compileCueRules } from './compile-cue-rules.ts';
import { createCueMatcher } from './match-cues.ts';

const matcher = createCueMatcher({
  vocabulary: { hot: '烫|烧' },
  groups: [
    { kind: 'leak', cues: ['漏电'] },
    { kind: 'burn', cues: ['(?:{hot})伤'] },
    { kind: 'food', cues: ['头发'], context: '吃|饭', contextWithin: 'clause' },
    { kind: 'sick', cues: ['拉肚子'], context: '吃', contextWithin: 'text' },
    { kind: 'smell', cues: ['焦味'], unless: '咖啡' },
  ],
  ignore: [{ patterns: ['防漏电'] }],
  negation: ['没有', '没'],
  denied: [{ patterns: ['◆(倒是|倒)没有'] }],
  hypothetical: [{ patterns: ['(会不会|担心)…*◆'] }],
});

const read = (text: string) =>
  matcher.match(text).map((h) => `${h.kind}${h.negated ? ' negated' : ''}${h.hypothetical ? ' hypothetical' : ''}`);

describe('createCueMatcher', () => {
  it.each([
    ['插座漏电了', ['leak']],
    ['检查过了没有漏电', ['leak negated']],
    ['没想到会漏电', ['leak']],
    ['没几天就漏电了', ['leak']],
    ['没有防护罩，漏电了', ['leak']],
    ['漏电倒是没有，就是不制热', ['leak negated']],
    ['会不会漏电啊', ['leak hypothetical']],
    ['会不会有问题，插座漏电了', ['leak']],
    ['买的是防漏电插座', []],
    ['孩子被开水烫伤了', ['burn']],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('looks for context in the clause, the sentence or the whole text as the group says', () => {
    expect(read('饭里有一根头发')).toEqual(['food']);
    expect(read('吃完饭，理发师把我头发剪坏了')).toEqual([]);
    expect(read('昨天在你们店吃了烤鱼。半夜就拉肚子')).toEqual(['sick']);
    expect(read('一股焦味')).toEqual(['smell']);
    expect(read('咖啡有一股焦味')).toEqual([]);
  });

  it('asserts only cues that are neither negated nor hypothetical, each judged in its own clause', () => {
    expect(matcher.asserts('会不会漏电，担心烫伤')).toBe(false);
    expect(matcher.asserts('担心会漏电，结果真的烫伤了')).toBe(true);
  });

  it('treats full-width punctuation and spaces as clause breaks', () => {
    expect(read('检查过了没有　漏电了')).toEqual(['leak']);
  });
});

describe('compileCueRules', () => {
  it('rejects an unknown vocabulary entry', () => {
    expect(() => compileCueRules({ groups: [{ cues: ['{missing}伤'] }] })).toThrow(/missing/);
  });

  it('keeps `…` inside one clause', () => {
    const { groups } = compileCueRules({ groups: [{ cues: ['差点…*砸'] }] });
    expect(groups[0]!.regex.test('差点被砸到')).toBe(true);
    groups[0]!.regex.lastIndex = 0;
    expect(groups[0]!.regex.test('差点迟到¦砸了招牌')).toBe(false);
  });
});
