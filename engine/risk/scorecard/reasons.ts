// Reason codes: the selected features where the customer's bin loses most points against the
// feature's best bin, most costly first, at most four, none that cost nothing.
import type { FeatureBinning, ReasonCode } from '../model/types.js';
import { binText } from './binText.js';

export const MAX_REASONS = 4;

export interface ReasonTable {
  features: FeatureBinning[];
  /** lost[f][bin]: points the bin loses against feature f's best bin. */
  lost: Float64Array[];
  texts: string[][];
}

export function reasonTable(selected: FeatureBinning[]): ReasonTable {
  return {
    features: selected,
    lost: selected.map((b) => {
      const best = Math.max(...b.bins.map((bin) => bin.points));
      return Float64Array.from(b.bins, (bin) => Math.round((best - bin.points) * 10) / 10);
    }),
    texts: selected.map((b) => b.bins.map((bin) => binText(bin.range))),
  };
}

// The running top list while a row is read: reused row after row (scoring a million rows
// allocates only the reasons it returns).
const topFeature = new Int32Array(MAX_REASONS);
const topLost = new Float64Array(MAX_REASONS);
const topBin = new Int32Array(MAX_REASONS);

/** binsOf[f][row]: the row's bin index in table.features[f]. */
export function reasonsOf(table: ReasonTable, binsOf: Int32Array[], row: number): ReasonCode[] {
  let size = 0;
  for (let f = 0; f < table.features.length; f++) {
    const bin = binsOf[f]![row]!;
    const lost = table.lost[f]![bin]!;
    if (!(lost > 0)) continue;
    // Insertion into the short top list: most lost first, the earlier feature on ties.
    let at = size;
    while (at > 0 && topLost[at - 1]! < lost) at--;
    if (at >= MAX_REASONS) continue;
    for (let k = Math.min(size, MAX_REASONS - 1); k > at; k--) {
      topFeature[k] = topFeature[k - 1]!;
      topLost[k] = topLost[k - 1]!;
      topBin[k] = topBin[k - 1]!;
    }
    topFeature[at] = f;
    topLost[at] = lost;
    topBin[at] = bin;
    if (size < MAX_REASONS) size++;
  }
  const out = new Array<ReasonCode>(size);
  for (let k = 0; k < size; k++) {
    const f = topFeature[k]!;
    out[k] = { feature: table.features[f]!.feature, pointsLost: topLost[k]!, bin: table.texts[f]![topBin[k]!]! };
  }
  return out;
}
