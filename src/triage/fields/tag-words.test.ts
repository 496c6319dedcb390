import { describe, expect, it } from 'vitest';
import { tagWords } from './tag-words.ts';

describe('tagWords', () => {
  it('keeps lexicon products as one noun and gives offsets into the text', () => {
    const text = '办的健身年卡 想退😡';
    const words = tagWords(text);
    expect(words.find((w) => w.word === '健身年卡')).toMatchObject({ tag: 'n', start: 2, end: 6 });
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.word);
  });
});
