// Features hashed into a fixed number of buckets (no vocabulary to keep): 32-bit FNV-1a over
// the term's UTF-16 code units, with a prefix that keeps words and character n-grams apart.
export function hashTerm(kind: 'w' | 'c', term: string): number {
  let h = kind === 'w' ? 0x811c9dc5 : 0x050c5d1f;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
