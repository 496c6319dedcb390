import { describe, expect, it } from 'vitest';
import { measureAnger } from './measure-anger.ts';

describe('measureAnger', () => {
  it.each([
    ['我买的空气炸锅坏了', 0],
    ['USB接口坏了', 0],
    ['操作面板没反应', 0],
    ['水果烂了一半', 0],
    ['滚筒洗衣机不转了', 0],
    ['请问能退货吗', 0],
  ])('reads calm product words as calm: %s', (text, level) => {
    expect(measureAnger(text)).toBe(level);
  });

  it.each([
    ['气死我了', 2],
    ['太烂了，什么玩意', 3],
    ['骗子！！！垃圾店', 3],
    ['怎么还没人处理？？', 1],
  ])('scores anger: %s', (text, level) => {
    expect(measureAnger(text)).toBe(level);
  });
});
