import { describe, expect, it } from 'vitest';
import { formatDate } from './calendar-date.ts';
import { findDateMentions } from './find-date-mentions.ts';

// 2026-11-28 is a Saturday.
const today = { year: 2026, month: 11, day: 28 };
const mentionsOf = (text: string) =>
  findDateMentions(text, today).map((m) => [text.slice(m.start, m.end), m.date && formatDate(m.date)]);

describe('findDateMentions', () => {
  it.each([
    [
      '上周三买的 说好周五前到',
      [
        ['上周三', '2026-11-18'],
        ['周五', '2026-11-27'],
      ],
    ],
    [
      '明天再不发货 下周一我就投诉',
      [
        ['明天', undefined],
        ['下周一', undefined],
      ],
    ],
    ['十一月五号那天', [['十一月五号', '2026-11-05']]],
    ['这周五来取', [['这周五', '2026-11-27']]],
    [
      '双11买的 618也买过',
      [
        ['双11', '2026-11-11'],
        ['618', '2026-06-18'],
      ],
    ],
    ['花了618元', []],
    ['2月30号', [['2月30号', undefined]]],
    // A booking ahead is not last year's: this year's date lies ahead and the words make it a booking.
    ['12月5号取蛋糕', [['12月5号', undefined]]],
    ['订了明年5月1号的婚宴', [['明年5月1号', undefined]]],
    ['预约了30号的体检', [['30号', undefined]]],
    ['12月5号买的', [['12月5号', '2025-12-05']]],
    ['30号买的', [['30号', '2026-10-30']]],
    ['8月29号取的货', [['8月29号', '2026-08-29']]],
    ['预约的是12月5号周六上午安装', [['12月5号', undefined]]],
    [
      '原来约的30号 我想改到29号下午',
      [
        ['30号', undefined],
        ['29号', undefined],
      ],
    ],
    ['11月20号周五买的', [['11月20号', '2026-11-20']]],
    // Decimals that are prices or sizes, and a booked date (field set 13, 2026-11-29).
    ['家里是1.5匹的空调', []],
    // The lunar calendar: festivals and lunar month-days (2026-11-28 is 十月二十 of the lunar year).
    ['中秋节那天在你们店买的月饼', [['中秋节', '2026-09-25']]],
    ['腊月二十六去买的年货', [['腊月二十六', '2026-02-13']]],
    ['去年端午节订的粽子', [['去年端午节', '2025-05-31']]],
    ['初三那天订的', [['初三', '2026-11-11']]],
    ['说好除夕前送到', []],
    ['孩子初一学生', []],
    ['水费按每吨3.2收的', []],
    [
      '原定12月6号的寿宴 10月8号交的定金',
      [
        ['12月6号', undefined],
        ['10月8号', '2026-10-08'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});
