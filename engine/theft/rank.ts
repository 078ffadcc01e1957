// Ranking: suspicion times what an inspection would recover. Money enters as a log factor,
// 1 + log10(1 + yuan), so that a likely thief with a small loss (a flattened or reversed day
// keeps its energy) still comes before an unlikely one with a large seasonal dip. Units
// without a price (meters without an archive) are ranked on their kWh the same way.

export interface Rankable {
  score: number;
  lossKwh: number;
  lossYuan: number | null;
}

export function priority(s: Rankable): number {
  return s.score * (1 + Math.log10(1 + (s.lossYuan ?? s.lossKwh)));
}

/** The 1-based rank of each item (ties broken by score, then by the given order). */
export function ranks(items: Rankable[]): Int32Array {
  const order = items.map((_, i) => i);
  const keys = items.map(priority);
  order.sort((a, b) => keys[b]! - keys[a]! || items[b]!.score - items[a]!.score || a - b);
  const rank = new Int32Array(items.length);
  order.forEach((item, position) => (rank[item] = position + 1));
  return rank;
}
