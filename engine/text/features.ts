// The terms of a text, hashed: its jieba words and word bigrams (a bigram keeps 不 with the word it
// negates: 不 好), and its character n-grams (robust to words jieba splits oddly or misspellings).
import { hashTerm } from './hash.js';
import { normalizeText } from './normalize.js';
import { segmentWords } from './segment.js';

export interface FeatureOptions {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Word n-grams from 1 to this (0: no words). */
  wordNgrams: number;
  /** Character n-grams from charMin to charMax (charMax 0: none). */
  charMin: number;
  charMax: number;
}

export const defaultFeatureOptions: FeatureOptions = { bits: 20, wordNgrams: 2, charMin: 1, charMax: 3 };

export type TermKind = 'word' | 'chars';

/** Called with each term as it is counted (top terms name the buckets with it). */
export type TermListener = (bucket: number, kind: TermKind, term: string) => void;

/** How many times each bucket's terms occur in the text. */
export function termCounts(text: string, options: FeatureOptions, listen?: TermListener): Map<number, number> {
  const mask = (1 << options.bits) - 1;
  const counts = new Map<number, number>();
  const add = (kind: TermKind, term: string) => {
    const bucket = hashTerm(kind === 'word' ? 'w' : 'c', term) & mask;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    listen?.(bucket, kind, term);
  };
  const normal = normalizeText(text);
  if (options.wordNgrams > 0) {
    const words = segmentWords(normal);
    for (let n = 1; n <= options.wordNgrams; n++) {
      for (let i = 0; i + n <= words.length; i++) add('word', words.slice(i, i + n).join(' '));
    }
  }
  if (options.charMax > 0) {
    const chars = Array.from(normal.replace(/\s/g, ''));
    for (let n = options.charMin; n <= options.charMax; n++) {
      for (let i = 0; i + n <= chars.length; i++) add('chars', chars.slice(i, i + n).join(''));
    }
  }
  return counts;
}
