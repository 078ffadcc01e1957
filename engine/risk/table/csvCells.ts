// An analyst's CSV read whole into cells, the importer's way: encoding (UTF-8, GBK/GB18030,
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

export interface CsvCells {
  header: string[];
  /** columns[c][r]: the trimmed text of data row r's cell in column c ('' when empty or absent). */
  columns: string[][];
  rows: number;
}

const SAMPLE_CHARS = 1 << 16;

function utf8Bytes(raw: Buffer): Buffer {
  const { encoding, bomLength } = detectEncoding(raw, true);
  if (encoding === 'utf-8') return raw.subarray(bomLength);
  return Buffer.from(new TextDecoder(encoding).decode(raw.subarray(bomLength)), 'utf8');
}

export function readCsvCells(file: string): CsvCells {
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
  const columns = header.map(() => new Array<string>(rows));
  for (let r = 0; r < rows; r++) {
    row.bind(r + 1);
    for (let c = 0; c < header.length; c++) columns[c]![r] = row.text(c);
  }
  return { header, columns, rows };
}
