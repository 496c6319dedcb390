import { describe, expect, it } from 'vitest';
import { modelEnd, modelStart, modelTail } from './model-name.ts';

describe('modelEnd', () => {
  it.each([
    ['Mate 60 Pro 12+512G', 'Mate 60 Pro'],
    ['Galaxy S24 Ultra 到手屏幕有划痕', 'Galaxy S24 Ultra'],
    ['Kindle Paperwhite 5 屏幕坏点', 'Kindle Paperwhite 5'],
    ['Switch OLED 2599 收到是坏的', 'Switch OLED'],
    ['iPhone 16 128G的', 'iPhone 16'],
    ['Air Jordan 1 42.5码 开胶', 'Air Jordan 1'],
    ['ThinkPad X1 2台 都坏了', 'ThinkPad X1'],
  ])('reads the model in %s', (text, model) => {
    expect(text.slice(0, modelEnd(text, 0))).toBe(model);
  });

  it.each([['256G 到手是128G'], ['2599 的那台'], ['30ml 的小样']])('reads no model in %s', (text) => {
    expect(modelEnd(text, 0)).toBe(0);
  });
});

describe('modelTail', () => {
  it('goes on across spaces after a name glued to a number', () => {
    const text = '红米14 Pro 1月份买的';
    expect(text.slice(0, modelTail(text, 4))).toBe('红米14 Pro');
  });
});

describe('modelStart', () => {
  it.each([
    ['买的罗技MX Master 3S鼠标', '鼠标', 'MX Master 3S'],
    ['索尼WH-1000XM5耳机', '耳机', 'WH-1000XM5'],
    ['订单号 JD 7712 0034 9981 买的', ' 买的', ''],
  ])('finds where the model before the word starts in %s', (text, word, model) => {
    const end = text.indexOf(word);
    expect(text.slice(modelStart(text, end), end)).toBe(model);
  });
});
