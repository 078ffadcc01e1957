import { describe, expect, it } from 'vitest';
import { fitIdf, tfidfVector } from '../../../engine/text/tfidf.js';
import type { Doc } from '../../../engine/text/corpus.js';

const doc = (pairs: [number, number][]): Doc => ({ ids: Int32Array.from(pairs, (p) => p[0]), counts: Float32Array.from(pairs, (p) => p[1]) });

describe('TF-IDF', () => {
  const docs = [doc([[0, 1], [1, 3]]), doc([[0, 1], [2, 1]]), doc([[0, 2], [1, 1]])];

  it('weighs rarer features higher and drops those under the minimum document frequency', () => {
    const idf = fitIdf(docs, 3, 2);
    expect(idf[0]).toBeCloseTo(Math.log(4 / 4) + 1, 6);
    expect(idf[1]).toBeCloseTo(Math.log(4 / 3) + 1, 6);
    expect(idf[2]).toBe(0);
  });

  it('uses sublinear term frequency and unit length', () => {
    const idf = fitIdf(docs, 3, 1);
    const v = tfidfVector(docs[0], idf);
    expect(Array.from(v.index)).toEqual([0, 1]);
    const raw = [1 * idf[0], (1 + Math.log(3)) * idf[1]];
    const norm = Math.hypot(...raw);
    expect(v.value[0]).toBeCloseTo(raw[0] / norm, 6);
    expect(v.value[1]).toBeCloseTo(raw[1] / norm, 6);
  });
});
