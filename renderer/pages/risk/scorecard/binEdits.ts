// The bin editor's text: numeric cut points as '3, 6, 12' and category groups one per line as
// 'bank, app', read back into the engine's BinEdit (null while the text is not one).
import type { BinEdit, FeatureBinning } from '../../../../engine/api/riskTypes.js';

/** The current bins as editable text: the upper bounds of the bounded intervals, or the groups. */
export function binEditText(binning: FeatureBinning): string {
  if (binning.kind === 'numeric') {
    const cuts = binning.bins.flatMap((b) => (b.range.type === 'interval' && b.range.upper !== null ? [b.range.upper] : []));
    return cuts.join(', ');
  }
  return binning.bins.flatMap((b) => (b.range.type === 'categories' ? [b.range.values.join(', ')] : [])).join('\n');
}

/** Cut points ascending and distinct, 1–50 of them; or 2–50 groups of at least one category, none in two groups. */
export function parseBinEdit(kind: FeatureBinning['kind'], text: string): BinEdit | null {
  if (kind === 'numeric') {
    const parts = text.split(/[,，\s]+/).filter((p) => p !== '');
    const cuts = parts.map(Number);
    if (cuts.length === 0 || cuts.length > 50 || cuts.some((c) => !Number.isFinite(c))) return null;
    const sorted = [...new Set(cuts)].sort((a, b) => a - b);
    return { cuts: sorted };
  }
  const groups = text
    .split(/\n+/)
    .map((line) =>
      line
        .split(/[,，、]/)
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    )
    .filter((g) => g.length > 0);
  const all = groups.flat();
  if (groups.length < 2 || groups.length > 50 || new Set(all).size !== all.length) return null;
  return { groups };
}
