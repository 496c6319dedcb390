/** Folds full-width letters, digits and punctuation to their ASCII forms (NFKC) and lower-cases Latin letters. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
