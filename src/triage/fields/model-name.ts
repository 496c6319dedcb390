// Latin model names around a product: "华为Mate 60 Pro", "AirPods Pro 2", "罗技MX Master 3S鼠标", "小米手环8" — where they
// start and end, and what is a spec (256G, 30ml) or a price rather than part of a name.

// A model written right after the name: 小米手环8, 手机X, 手表S9 Pro — not a quantity, price or date (手环2个), nor a
// word (空调wifi, 手机APP).
const model =
  /^(?:\d{1,2}|[A-Z]{1,2}\d{0,3}|[A-Z]{3}\d{1,3})(?: ?(?:Pro|Max|Plus|Ultra|Mini|SE|pro|max|plus))?(?![\dA-Za-z.]|\s*(?:元|块|个|台|件|只|斤|天|年|月|号|日|次|寸|岁|人|分|小时|倍|折|w|k|%))/;
export function withModel(text: string, end: number): number {
  const named = end + (model.exec(text.slice(end, end + 12))?.[0].length ?? 0);
  // "iPad Air", "MacBook Pro 14": a Latin name goes on across spaces.
  return /[A-Za-z0-9]$/.test(text.slice(0, named)) && /[A-Za-z]/.test(text.slice(Math.max(0, named - 2), named))
    ? modelTail(text, named)
    : named;
}

// A Latin model: "Mate 60 Pro", "MX Master 3S", "WH-1000XM5", "Band 9", "MatePad 11.5" — Latin words and short numbers
// across single spaces, up to four; not a spec (256G, 30ml), a price (2599) nor a count (2台, 42.5码).
const modelToken = /^(?:[A-Za-z][A-Za-z0-9-]*|\d[\dA-Za-z.]*)/;
export const spec = /^(?:\d+(?:\.\d+)?(?:g|gb|t|tb|ml|mm|cm|mah|w|l|kg|k|m|hz|p)|\d{4,}(?:\.\d+)?)$/i;
const countAfter = /^\s*[码寸元块号个台件只张部斤双套支瓶盒箱包条天月年]/;

function modelTokenAt(text: string, at: number): number {
  const token = modelToken.exec(text.slice(at, at + 16))?.[0];
  if (!token || spec.test(token)) return at;
  if (/^\d/.test(token) && (countAfter.test(text.slice(at + token.length)) || text[at + token.length] === '+'))
    return at;
  return at + token.length;
}

/** The end of a Latin model that starts at `at` ("Mate 60 Pro" in "华为Mate 60 Pro 12+512G"), or `at` when none. */
export function modelEnd(text: string, at: number): number {
  const end = modelTokenAt(text, at);
  return /[A-Za-z]/.test(text.slice(at, end)) ? modelTail(text, end) : at;
}

/** A model's name continued across spaces after `end`: "小米14| Ultra", "AirPods| Pro 2". */
export function modelTail(text: string, end: number): number {
  for (let n = 0; n < 3 && text[end] === ' '; n++) {
    const next = modelTokenAt(text, end + 1);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

/** Where a Latin model that ends at `end` begins ("MX Master 3S" before 鼠标), or `end` when none. */
export function modelStart(text: string, end: number): number {
  const run = /[A-Za-z0-9][A-Za-z0-9.-]*(?: [A-Za-z0-9][A-Za-z0-9.-]*){0,3}$/.exec(
    text.slice(Math.max(0, end - 32), end),
  );
  if (!run) return end;
  // The earliest of its tokens from which a model reads through to `end`.
  let start = end - run[0].length;
  for (const token of run[0].split(' ')) {
    if (modelEnd(text, start) === end) return start;
    start += token.length + 1;
  }
  return end;
}
