// Weight of evidence and information value of a feature's bins. WOE = ln(share of goods / share
// of bads); 0.5 is added to each bin's goods and bads (and the totals grow to match) so that a
// bin holding one class only keeps a finite WOE instead of ±∞.
export interface ClassCounts {
  count: number;
  bads: number;
}

const SMOOTHING = 0.5;

export function woeIv(bins: readonly ClassCounts[]): { woe: number[]; iv: number[]; total: number } {
  let goods = 0;
  let bads = 0;
  for (const b of bins) {
    goods += b.count - b.bads;
    bads += b.bads;
  }
  const goodTotal = goods + SMOOTHING * bins.length;
  const badTotal = bads + SMOOTHING * bins.length;
  const woe: number[] = [];
  const iv: number[] = [];
  for (const b of bins) {
    const goodShare = (b.count - b.bads + SMOOTHING) / goodTotal;
    const badShare = (b.bads + SMOOTHING) / badTotal;
    const w = Math.log(goodShare / badShare);
    woe.push(w);
    iv.push((goodShare - badShare) * w);
  }
  return { woe, iv, total: iv.reduce((s, v) => s + v, 0) };
}

export function badRate(b: ClassCounts): number {
  return b.count === 0 ? 0 : b.bads / b.count;
}
