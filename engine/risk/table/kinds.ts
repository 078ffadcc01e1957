// What a column of an analyst's table holds: numbers when at least 95 % of its non-empty cells
// parse as numbers (thousands separators, full-width digits: the importer's number parsing),
// else categories. Empty cells are missing either way; in a numeric column so is the odd text
// cell.
import type { RowView } from '../../import/table.js';

export const NUMERIC_SHARE = 0.95;

export interface ColumnProfile {
  kind: 'numeric' | 'categorical';
  distinct: number;
  missing: number;
  /** Only 0 and 1 (both present) in the non-empty cells: a target candidate. */
  binary: boolean;
}

/** Tallies one column row by row; texts are made only for cells that are not numbers. */
export class ColumnProfiler {
  private filled = 0;
  private cells = 0;
  private readonly numbers = new Set<number>();
  private numeric = 0;
  private readonly texts = new Set<string>();

  constructor(private readonly column: number) {}

  add(row: RowView): void {
    this.cells++;
    if (row.isEmpty(this.column)) return;
    this.filled++;
    const x = row.number(this.column);
    if (x === x) {
      this.numeric++;
      this.numbers.add(x);
    } else this.texts.add(row.text(this.column));
  }

  profile(): ColumnProfile {
    const kind = this.filled > 0 && this.numeric >= NUMERIC_SHARE * this.filled ? 'numeric' : 'categorical';
    const n = this.numbers;
    return {
      kind,
      distinct: kind === 'numeric' ? n.size : n.size + this.texts.size,
      missing: this.cells - this.filled,
      binary: this.numeric === this.filled && n.size === 2 && n.has(0) && n.has(1),
    };
  }
}
