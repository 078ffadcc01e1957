// An analyst's CSV read whole, the importer's way: encoding (UTF-8, GBK/GB18030,
// UTF-16, with or without a BOM) and delimiter detected from the content, RFC 4180 quoting,
// blank lines dropped. The first row is the header.
import fs from 'node:fs';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { EngineError } from '../../api/errors.js';
import { CsvRow } from '../../import/csv/csvRow.js';
import { detectDelimiter } from '../../import/csv/delimiter.js';
import { detectEncoding } from '../../import/csv/encoding.js';
import { CsvTokenizer } from '../../import/csv/tokenizer.js';
import type { RowView } from '../../import/table.js';

/** The tokenized file: cells stay bytes until a RowView asks for them (no string per cell kept). */
export interface CsvTable {
  header: string[];
  /** Data rows (the header not counted). */
  rows: number;
  /** Calls `visit` with each data row in order; the view is valid during the call only. */
  each(visit: (row: RowView, r: number) => void): void;
}

const SAMPLE_CHARS = 1 << 16;

function utf8Bytes(raw: Buffer): Buffer {
  const { encoding, bomLength } = detectEncoding(raw, true);
  if (encoding === 'utf-8') return raw.subarray(bomLength);
  return Buffer.from(new TextDecoder(encoding).decode(raw.subarray(bomLength)), 'utf8');
}

export function readCsv(file: string): CsvTable {
  let raw: Buffer;
  try {
    raw = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('not_found', `File not found: ${file}. Check the path and try again.`, { file });
    throw new EngineError('io', `Could not read ${file}: ${(error as Error).message}.`, { file });
  }
  const name = path.basename(file);
  const bytes = utf8Bytes(raw);
  const tokenizer = new CsvTokenizer(detectDelimiter(bytes.toString('utf8', 0, Math.min(bytes.length, SAMPLE_CHARS))));
  tokenizer.tokenize(bytes, true);
  const batch = tokenizer.batch;
  if (batch.rowCount === 0) {
    throw new EngineError('import.empty_file', `${name} is empty: it holds no rows. Check that the export finished, then export the file again.`, { file, name });
  }
  const row = new CsvRow(batch);
  const header = row.bind(0).cells().map((cell, c) => cell || `column ${c + 1}`);
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) {
      throw new EngineError('validation', `${name} has two columns headed '${column}'. Give each column its own header and try again.`, { file, name, column });
    }
    seen.add(column);
  }
  const rows = batch.rowCount - 1;
  if (rows === 0) {
    throw new EngineError('import.no_rows', `${name} has a header but no data rows under it. Check that the export finished, then export the file again.`, { file, name, headerRow: 1 });
  }
  return {
    header,
    rows,
    each(visit) {
      for (let r = 0; r < rows; r++) visit(row.bind(r + 1), r);
    },
  };
}
