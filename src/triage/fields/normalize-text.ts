/** Folds full-width digits, letters and punctuation (０１２, ：, （）, ￥) to ASCII forms so one set of patterns reads all. */
export function normalizeText(text: string): string {
  // NFKC maps the full-width block one-to-one; lines and tabs become spaces so they split clauses like punctuation.
  return text.normalize('NFKC').replace(/[\r\n\t]+/g, ' ');
}
