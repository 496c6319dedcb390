import { describe, expect, it } from 'vitest';
import { tagWords } from './tag-words.ts';

describe('tagWords', () => {
  it('keeps lexicon products as one noun and gives offsets into the text', () => {
    const text = '办的健身年卡 想退😡';
    const words = tagWords(text);
    expect(words.find((w) => w.word === '健身年卡')).toMatchObject({ tag: 'n', start: 2, end: 6 });
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.word);
  });

  it('tags only the runs that touch a needed span, with the words of the whole text', () => {
    const text = '我买的 三文鱼不新鲜,花了两千六!太贵';
    const full = tagWords(text);
    const partial = tagWords(text, [{ start: 5, end: 6 }]);
    const inRun = (w: { start: number }) => w.start >= 4 && w.start < 10;
    expect(partial.filter((w) => w.tag !== 'x')).toEqual(full.filter((w) => w.tag !== 'x' && inRun(w)));
    expect(partial.filter((w) => w.tag === 'x').map((w) => w.word)).toEqual([' ', ',', '!']);
  });
});
