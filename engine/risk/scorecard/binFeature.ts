// One feature's bins on the training rows, automatic or as the analyst edited them, with WOE
// and IV per bin and for the feature; rows without a value get a bin of their own. Points,
// selection and the coefficient are filled in once the scorecard is fitted.
import { EngineError } from '../../api/errors.js';
import type { BinEdit, BinRange, FeatureBinning, FeatureColumn, ScorecardBin } from '../model/types.js';
import { groupCells, categoryCells } from './categorical.js';
import type { Cell } from './merge.js';
import { cutCells, fineCells, monotonicCells } from './numeric.js';
import { defaultBinning, type BinningSettings } from './settings.js';
import { badRate, woeIv, type ClassCounts } from './woe.js';

export function binFeature(
  column: FeatureColumn,
  target: Uint8Array,
  rows: Uint32Array,
  edit?: BinEdit,
  settings: BinningSettings = defaultBinning,
): FeatureBinning {
  if (edit && ('cuts' in edit) !== (column.kind === 'numeric')) {
    const given = 'cuts' in edit ? 'cut points' : 'category groups';
    throw new EngineError('validation', `${column.name} is ${column.kind}: its bins cannot be edited with ${given}.`, { feature: column.name, kind: column.kind });
  }
  const counted: { range: BinRange; counts: ClassCounts }[] = [];
  let trend: FeatureBinning['trend'] = 'none';
  let edited = false;
  const missing = { count: 0, bads: 0 };
  if (column.kind === 'numeric') {
    for (const row of rows) {
      if (!Number.isNaN(column.values[row]!)) continue;
      missing.count++;
      missing.bads += target[row]!;
    }
    let cells: Cell<number>[];
    if (edit && 'cuts' in edit) {
      cells = cutCells(column.values, target, rows, edit.cuts);
      edited = true;
      trend = runOf(cells);
    } else {
      const auto = monotonicCells(fineCells(column.values, target, rows, settings), settings, rows.length - missing.count);
      cells = auto.cells;
      trend = auto.trend;
    }
    cells.forEach((cell, i) => {
      const lower = i === 0 ? null : cells[i - 1]!.items[cells[i - 1]!.items.length - 1]!;
      const upper = i === cells.length - 1 ? null : cell.items[cell.items.length - 1]!;
      counted.push({ range: { type: 'interval', lower, upper }, counts: cell });
    });
  } else {
    for (const row of rows) {
      if (column.values[row] !== null) continue;
      missing.count++;
      missing.bads += target[row]!;
    }
    const cells = edit && 'groups' in edit ? groupCells(column.values, target, rows, edit.groups) : categoryCells(column.values, target, rows, settings);
    edited = edit !== undefined;
    for (const cell of cells) counted.push({ range: { type: 'categories', values: cell.items }, counts: cell });
  }
  if (missing.count > 0) counted.push({ range: { type: 'missing' }, counts: missing });
  const { woe, iv, total } = woeIv(counted.map((c) => c.counts));
  const bins: ScorecardBin[] = counted.map((c, i) => ({ range: c.range, count: c.counts.count, bads: c.counts.bads, woe: woe[i]!, iv: iv[i]!, points: 0 }));
  return {
    feature: column.name,
    kind: column.kind,
    side: column.side,
    bins,
    iv: total,
    weak: total < settings.weakIv,
    trend,
    edited,
    selected: false,
    coefficient: null,
  };
}

/** How the bad rate runs across an analyst's bins (empty bins aside). */
function runOf(cells: ClassCounts[]): FeatureBinning['trend'] {
  const rates = cells.filter((c) => c.count > 0).map(badRate);
  if (rates.length < 2) return 'none';
  if (rates.every((r, i) => i === 0 || r > rates[i - 1]!)) return 'increasing';
  if (rates.every((r, i) => i === 0 || r < rates[i - 1]!)) return 'decreasing';
  return 'none';
}
