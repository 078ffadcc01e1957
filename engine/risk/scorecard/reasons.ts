// Reason codes: the selected features where the customer's bin loses most points against the
// feature's best bin, most costly first, at most four, none that cost nothing.
import type { FeatureBinning, ReasonCode } from '../model/types.js';
import { binText } from './binText.js';

export const MAX_REASONS = 4;

export interface ReasonTable {
  /** lost[f][bin]: points the bin loses against feature f's best bin. */
  lost: Float64Array[];
  /**
   * codes[f][bin]: the reason a row in that bin is given. A reason depends on the feature and bin
   * only, so rows share these (frozen) objects: a million rows' reasons allocate no objects of
   * their own.
   */
  codes: ReasonCode[][];
}

export function reasonTable(selected: FeatureBinning[]): ReasonTable {
  const lost = selected.map((b) => {
    const best = Math.max(...b.bins.map((bin) => bin.points));
    return Float64Array.from(b.bins, (bin) => Math.round((best - bin.points) * 10) / 10);
  });
  return {
    lost,
    codes: selected.map((b, f) => b.bins.map((bin, k) => Object.freeze({ feature: b.feature, pointsLost: lost[f]![k]!, bin: binText(bin.range) }))),
  };
}

// The running top list while a row is read: reused row after row (scoring a million rows
// allocates only the reasons it returns).
const topFeature = new Int32Array(MAX_REASONS);
const topLost = new Float64Array(MAX_REASONS);
const topBin = new Int32Array(MAX_REASONS);

/** binsOf[f][row]: the row's bin index in the f-th selected feature. */
export function reasonsOf(table: ReasonTable, binsOf: Int32Array[], row: number): ReasonCode[] {
  let size = 0;
  for (let f = 0; f < table.lost.length; f++) {
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
  for (let k = 0; k < size; k++) out[k] = table.codes[topFeature[k]!]![topBin[k]!]!;
  return out;
}
