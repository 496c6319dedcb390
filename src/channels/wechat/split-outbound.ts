/**
 * The longest text message we send in one piece, in UTF-8 bytes: WeCom documents 2048 bytes for a text message, and
 * personal WeChat accepts more, so this is safe for every puppet (about 680 Chinese characters).
 */
export const wechatMaxTextBytes = 2048;

const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text).length;
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * Splits a reply into messages WeChat accepts: as few as possible, each at most `maxBytes`, cut after a line or a
 * sentence where it can and between characters (never inside one, emoji included) where it must. Blank edges are trimmed and no piece
 * is empty.
 */
export function splitOutbound(text: string, maxBytes = wechatMaxTextBytes): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (bytesOf(trimmed) <= maxBytes) return [trimmed];
  const pieces: string[] = [];
  let current = '';
  for (const token of tokensOf(trimmed, maxBytes)) {
    if (current && bytesOf(current + token) > maxBytes) {
      pieces.push(current);
      current = '';
    }
    current += token;
  }
  if (current) pieces.push(current);
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/** Lines and sentences, each with its ending; one longer than `maxBytes` is cut between characters. */
function tokensOf(text: string, maxBytes: number): string[] {
  return text.split(/(?<=[\n。！？!?；;])/u).flatMap((sentence) => {
    if (bytesOf(sentence) <= maxBytes) return [sentence];
    const parts: string[] = [];
    let part = '';
    for (const { segment: char } of graphemes.segment(sentence)) {
      if (part && bytesOf(part + char) > maxBytes) {
        parts.push(part);
        part = '';
      }
      part += char;
    }
    if (part) parts.push(part);
    return parts;
  });
}
