// The training texts' terms, counted once: each text as sorted feature ids (dense numbers given to
// the hash buckets the texts use) with their counts, so that every cross-validation fit reads
// typed arrays instead of hashing and looking buckets up again.
import { termCounts, type FeatureOptions, type TermKind } from './features.js';

export interface Doc {
  ids: Int32Array;
  counts: Float32Array;
}

export interface Corpus {
  docs: Doc[];
  /** Feature id -> hash bucket. */
  buckets: Int32Array;
  /** Feature id -> the first term seen in its bucket (to name top terms). */
  terms: { kind: TermKind; term: string }[];
}

export function toDoc(counts: Map<number, number>, idOf: (bucket: number) => number | undefined): Doc {
  const pairs: [number, number][] = [];
  for (const [bucket, n] of counts) {
    const id = idOf(bucket);
    if (id !== undefined) pairs.push([id, n]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(pairs, (p) => p[0]), counts: Float32Array.from(pairs, (p) => p[1]) };
}

export function encodeCorpus(texts: string[], options: FeatureOptions, onText?: (done: number) => void): Corpus {
  const idByBucket = new Map<number, number>();
  const buckets: number[] = [];
  const terms: Corpus['terms'] = [];
  const docs = texts.map((text, i) => {
    onText?.(i);
    const counts = termCounts(text, options, (bucket, kind, term) => {
      if (idByBucket.has(bucket)) return;
      idByBucket.set(bucket, buckets.length);
      buckets.push(bucket);
      terms.push({ kind, term });
    });
    return toDoc(counts, (b) => idByBucket.get(b));
  });
  return { docs, buckets: Int32Array.from(buckets), terms };
}
