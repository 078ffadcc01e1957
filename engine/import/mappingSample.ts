// The first rows of a file, from which its header row, kind, mapping and layout are decided.
// Rows handed out by a reader are only valid until its next batch, so the sampled rows are
// copied; the import then carries on with the same iterator where sampling stopped.
import { findHeaderRow, type SynonymTable } from './headers.js';
import { ArrayRow } from './arrayRow.js';
import type { RowView, TableSource } from './table.js';

/** Rows searched for the header (title lines sit above it). */
const HEADER_SEARCH_ROWS = 30;
/** Data rows the layout is detected from and the preview validates. */
export const SAMPLE_ROWS = 200;

export interface FileSample {
  /** 1-based row number of the header row. */
  headerRowNumber: number;
  headers: string[];
  /** Rows after the header that were read while sampling (at least SAMPLE_ROWS unless the file is shorter). */
  rows: ArrayRow[];
  /** The rest of the file, batch by batch. */
  rest: AsyncIterator<RowView[]>;
}

/**
 * Reads the header and the first data rows. `headerRow` (0-based, as rows are numbered in a
 * spreadsheet minus one) overrides the search among the first rows.
 */
export async function readSample(source: TableSource, tables: SynonymTable[], headerRow?: number): Promise<FileSample> {
  const rest = source.batches()[Symbol.asyncIterator]();
  const copied: ArrayRow[] = [];
  const wanted = Math.max(HEADER_SEARCH_ROWS, (headerRow ?? 0) + 1) + SAMPLE_ROWS;
  while (copied.length < wanted) {
    const next = await rest.next();
    if (next.done) break;
    for (const row of next.value) copied.push(new ArrayRow(row.rowNumber, row.cells()));
  }
  const index =
    headerRow === undefined
      ? findHeaderRow(
          copied.slice(0, HEADER_SEARCH_ROWS).map((row) => row.cells()),
          tables,
        )
      : copied.findIndex((row) => row.rowNumber === headerRow + 1);
  const header = copied[index];
  if (!header) {
    return { headerRowNumber: (headerRow ?? 0) + 1, headers: [], rows: [], rest };
  }
  return { headerRowNumber: header.rowNumber, headers: header.cells(), rows: copied.slice(index + 1), rest };
}

/** A row with no text in any cell (blank lines and ',,,' rows are not data). */
export function isBlankRow(row: RowView): boolean {
  for (let i = 0; i < row.length; i++) if (!row.isEmpty(i)) return false;
  return true;
}
