// The one way the import pipeline opens a file: sniff it, then read it as CSV or XLSX.
import type { TextEncodingName } from '../api/importTypes.js';
import { CsvSource } from './csv/csvSource.js';
import { detectDelimiter } from './csv/delimiter.js';
import { sniffFile } from './sniff.js';
import type { TableSource } from './table.js';
import { openXlsx } from './xlsx/xlsxSource.js';

export interface OpenTableOptions {
  /** CSV: read as this encoding instead of the detected one. */
  encoding?: TextEncodingName;
  /** XLSX: the worksheet to read instead of the first. */
  sheet?: string;
  /** CSV: bytes per read; tests make it small to put chunk boundaries inside characters and quotes. */
  chunkBytes?: number;
}

/** Throws EngineError (import.empty_file, import.binary_file, import.*_xlsx, not_found, io). */
export async function openTable(path: string, options: OpenTableOptions = {}): Promise<TableSource> {
  const sniffed = await sniffFile(path, options.encoding);
  if (sniffed.format === 'xlsx') return openXlsx(path, sniffed, options.sheet);
  return new CsvSource(path, {
    encoding: sniffed.encoding,
    bomLength: sniffed.bomLength,
    encodingSettled: sniffed.encodingSettled,
    delimiter: detectDelimiter(sniffed.sample),
    sizeBytes: sniffed.sizeBytes,
    chunkBytes: options.chunkBytes,
  });
}
