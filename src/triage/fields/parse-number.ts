// Chinese numerals as people type them: 三千, 两千五 (= 2500), 一千二百, 二零二六 (digit by digit), 1.2万, 3k.

const digits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const bigUnits: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
const magnitudes: Record<string, number> = { 万: 10_000, w: 10_000, W: 10_000, 千: 1000, k: 1000, K: 1000, 百: 100 };

const arabic = /^(\d+(?:,\d{3})*(?:\.\d+)?)\s*([万千百kKwW])?$/;
const digitRun = /^[零〇一二三四五六七八九]{2,}$/;

/** Reads an Arabic or Chinese number ("1,299.00", "1.2万", "两千五", "十一", "二零二六"); undefined when it is not one. */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const a = arabic.exec(text);
  if (a) {
    const value = Number(a[1]!.replace(/,/g, ''));
    return a[2] ? round(value * magnitudes[a[2]]!) : value;
  }
  if (digitRun.test(text)) return Number([...text].map((c) => digits[c]).join(''));
  return parseChinese(text);
}

function parseChinese(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let lastUnit = 0;
  let afterZero = false;
  for (const c of text) {
    const d = digits[c];
    if (d !== undefined) {
      if (d === 0) {
        afterZero = true;
        continue;
      }
      if (pending !== undefined) return undefined;
      pending = d;
      continue;
    }
    const small = smallUnits[c];
    if (small !== undefined) {
      section += (pending ?? (small === 10 ? 1 : Number.NaN)) * small;
      if (Number.isNaN(section)) return undefined;
      pending = undefined;
      lastUnit = small;
      afterZero = false;
      continue;
    }
    const big = bigUnits[c];
    if (big !== undefined) {
      section += pending ?? 0;
      if (section === 0 && total === 0) return undefined;
      total = (total + section) * big;
      section = 0;
      pending = undefined;
      lastUnit = big;
      afterZero = false;
      continue;
    }
    return undefined;
  }
  if (pending !== undefined) {
    // "两千五" is 2500 and "三万五" is 35000: a bare trailing digit counts one unit below the last one.
    section += !afterZero && lastUnit >= 100 ? (pending * lastUnit) / 10 : pending;
  }
  return total + section;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
