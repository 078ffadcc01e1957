// What the import pipeline reads: a file as a sequence of rows, whatever its format.
// CSV (any encoding) and XLSX readers both produce RowViews; kind writers only see these.
import type { TextEncodingName } from '../api/importTypes.js';

/**
 * One row of a file. Cells are addressed by 0-based column index. A RowView may be
 * reused by its reader: it is valid only until the next batch is requested, so a writer
 * that needs a value later copies it (text(i) returns a fresh string).
 */
export interface RowView {
  /** 1-based row number as a spreadsheet shows it (title and header rows count). */
  readonly rowNumber: number;
  /** Number of cells in this row (may differ from the header's). */
  readonly length: number;
  /** The cell's text, trimmed, quotes removed; '' when the cell is empty or absent. */
  text(i: number): string;
  /** True when the cell is absent or blank. */
  isEmpty(i: number): boolean;
  /**
   * The cell as a number: thousands separators ("16,853") and surrounding blanks allowed.
   * NaN when the cell is empty or is not a number (check isEmpty to tell which).
   */
  number(i: number): number;
  /** Every cell as text, for the quarantine. */
  cells(): string[];
}

export interface TableSource {
  readonly path: string;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: TextEncodingName | null;
  readonly hasBom: boolean;
  readonly delimiter: string | null;
  readonly sheets: string[];
  readonly sheet: string | null;
  readonly sizeBytes: number;
  /** Bytes of the file consumed so far: progress is bytesRead / sizeBytes. */
  readonly bytesRead: number;
  /** Rows in file order, in batches (title and header rows included). Iterate once. */
  batches(): AsyncIterable<RowView[]>;
  /** SHA-256 (hex) of the whole file; complete once batches() has been fully iterated. */
  sha256(): string;
  close(): Promise<void>;
}
