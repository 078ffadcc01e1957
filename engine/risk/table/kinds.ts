// What a column of an analyst's table holds: numbers when at least 95 % of its non-empty cells
// parse as numbers (thousands separators, full-width digits: the importer's parseNumber), else
// categories. Empty cells are missing either way; in a numeric column so is the odd text cell.
import { parseNumber } from '../../import/parse/numbers.js';

export const NUMERIC_SHARE = 0.95;

export interface ColumnProfile {
  kind: 'numeric' | 'categorical';
  distinct: number;
  missing: number;
  /** Only 0 and 1 (both present) in the non-empty cells: a target candidate. */
  binary: boolean;
}

export function profileColumn(cells: string[]): ColumnProfile {
  let filled = 0;
  let numeric = 0;
  const values = new Set<string>();
  const numbers = new Set<number>();
  for (const cell of cells) {
    if (cell === '') continue;
    filled++;
    values.add(cell);
    const x = parseNumber(cell);
    if (x === x) {
      numeric++;
      numbers.add(x);
    }
  }
  const kind = filled > 0 && numeric >= NUMERIC_SHARE * filled ? 'numeric' : 'categorical';
  const binary = numeric === filled && numbers.size === 2 && numbers.has(0) && numbers.has(1);
  return { kind, distinct: kind === 'numeric' ? numbers.size : values.size, missing: cells.length - filled, binary };
}
