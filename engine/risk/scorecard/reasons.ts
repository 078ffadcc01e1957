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

/** binsOf[f][row]: the row's bin index in table.features[f]. */
export function reasonsOf(table: ReasonTable, binsOf: Int32Array[], row: number): ReasonCode[] {
  const top: { f: number; lost: number; bin: number }[] = [];
  for (let f = 0; f < table.features.length; f++) {
    const bin = binsOf[f]![row]!;
    const lost = table.lost[f]![bin]!;
    if (!(lost > 0)) continue;
    // Insertion into the short top list: most lost first, the earlier feature on ties.
    let at = top.length;
    while (at > 0 && top[at - 1]!.lost < lost) at--;
    if (at >= MAX_REASONS) continue;
    top.splice(at, 0, { f, lost, bin });
    if (top.length > MAX_REASONS) top.pop();
  }
  return top.map((t) => ({ feature: table.features[t.f]!.feature, pointsLost: t.lost, bin: table.texts[t.f]![t.bin]! }));
}
