// The terms that weigh most for each label, as an analyst reads them: character n-grams that
// straddle punctuation ('电,') and pieces of a term already shown ('范' after '示范', '号' as a
// word and again as a character) say nothing more, so they are left out; so do a ticket's
// particular numbers.
import type { TextTerm } from '../api/textTypes.js';
import type { LinearClassifier } from './classifier.js';
import type { Corpus } from './corpus.js';

/**
 * Letters only, or a number of five digits or more (a hotline such as 12398 or 95598); word
 * bigrams are two such words joined by one space. Shorter numbers are a ticket's particulars
 * (hours, amounts, house numbers: '2 小时', '115 号'), not what a label is about.
 */
function readable(term: string): boolean {
  return term.split(' ').every((part) => /^\p{L}+$/u.test(part) || /^\p{N}{5,}$/u.test(part));
}

/** Whether `term` repeats one already listed: the same letters, or a piece of one, or one of them a piece of it. */
function repeats(term: string, listed: readonly TextTerm[]): boolean {
  const bare = term.replace(/ /g, '');
  return listed.some((t) => {
    const other = t.term.replace(/ /g, '');
    return other.includes(bare) || bare.includes(other);
  });
}

/** Per label the terms of the largest weights for it (for two labels, the first label's are the most negative). */
export function topTerms(model: LinearClassifier, corpus: Corpus, limit: number): { label: string; terms: TextTerm[] }[] {
  const binary = model.labels.length === 2;
  return model.labels.map((label, l) => {
    const w = binary ? model.weights[0] : model.weights[l];
    const sign = binary && l === 0 ? -1 : 1;
    const order = Array.from(w.keys()).sort((a, b) => sign * (w[b] - w[a]));
    const list: TextTerm[] = [];
    for (const f of order) {
      if (list.length >= limit || sign * w[f] <= 0) break;
      const { term, kind } = corpus.terms[f];
      if (!readable(term) || repeats(term, list)) continue;
      list.push({ term, kind, weight: sign * w[f] });
    }
    return { label, terms: list };
  });
}
