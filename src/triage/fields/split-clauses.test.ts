import { describe, expect, it } from 'vitest';
import { splitClauses } from './split-clauses.ts';

const clausesOf = (text: string) => splitClauses(text).map(({ start, end }) => text.slice(start, end));

describe('splitClauses', () => {
  it.each([
    ['不要赔偿,只要道歉', ['不要赔偿', '只要道歉']],
    ['退款就算了。换一个吧!', ['退款就算了', '换一个吧']],
    ['东西坏了 我要退货', ['东西坏了', '我要退货']],
    ['花了1.5万 电话138 1234 5678', ['花了1.5万', '电话138 1234 5678']],
    ['质量不行但是可以修', ['质量不行', '但是可以修']],
    ['不要赔偿只要道歉', ['不要赔偿', '只要道歉']],
    ['', []],
  ])('splits %s', (text, expected) => {
    expect(clausesOf(text)).toEqual(expected);
  });
});
