import { describe, expect, it } from 'vitest';
import { textForTurn } from './text-for-turn.ts';

const photo = { kind: 'image' as const, name: 'kettle.jpg', ref: 'm2' };
const invoice = { kind: 'file' as const, name: '发票.pdf', ref: 'm3' };

describe('textForTurn', () => {
  it.each([
    { text: '水壶漏电', attachments: [photo], expected: '水壶漏电' },
    { text: '', attachments: [photo], expected: '[图片] kettle.jpg' },
    { text: ' ', attachments: [photo, invoice], expected: '[图片] kettle.jpg\n[文件] 发票.pdf' },
    { text: '', attachments: [{ kind: 'link' as const, name: '', ref: 'https://x' }], expected: '[链接]' },
    { text: '', attachments: [], expected: '' },
  ])('$expected', ({ text, attachments, expected }) => {
    expect(textForTurn({ text, attachments })).toBe(expected);
  });
});
