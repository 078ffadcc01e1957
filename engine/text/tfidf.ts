// TF-IDF weights learnt from the training texts: sublinear term frequency (1 + ln tf, so a word
// said five times does not count five times), smoothed inverse document frequency
// ln((1 + n) / (1 + df)) + 1, features seen in fewer than minDf texts dropped (IDF 0), each
// text's vector scaled to unit length.
import type { Doc } from './corpus.js';
import type { SparseVector } from './sparse.js';

/** IDF per feature id; 0 for a dropped feature. */
export function fitIdf(docs: Doc[], features: number, minDf: number): Float32Array {
  const df = new Int32Array(features);
  for (const doc of docs) for (const id of doc.ids) df[id]++;
  const n = docs.length;
  const idf = new Float32Array(features);
  for (let f = 0; f < features; f++) if (df[f] >= minDf) idf[f] = Math.log((1 + n) / (1 + df[f])) + 1;
  return idf;
}

export function tfidfVector(doc: Doc, idf: Float32Array): SparseVector {
  let kept = 0;
  for (const id of doc.ids) if (idf[id] > 0) kept++;
  const index = new Int32Array(kept);
  const value = new Float32Array(kept);
  let norm = 0;
  let k = 0;
  for (let j = 0; j < doc.ids.length; j++) {
    const id = doc.ids[j];
    if (!(idf[id] > 0)) continue;
    const v = (1 + Math.log(doc.counts[j])) * idf[id];
    index[k] = id;
    value[k++] = v;
    norm += v * v;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let j = 0; j < kept; j++) value[j] *= scale;
  }
  return { index, value };
}
