// Texts compared the same however they were typed: NFKC folds full-width letters, digits and
// punctuation (ＡＢＣ１２３，) into their ordinary forms; Latin letters in lower case; runs of
// blanks as one space.
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
