// An analyst's CSV of texts (header row; UTF-8, GBK or UTF-16, read the way the risk tables are):
// the text column, and the label column for training.
import path from 'node:path';
import { EngineError } from '../api/errors.js';
import type { TextTablePreview } from '../api/textTypes.js';
import { readCsv, type CsvTable } from '../risk/table/csvTable.js';

export interface TextTable {
  fileName: string;
  /** One per data row, in file order (row r + 1 is the 1-based data row). */
  texts: string[];
  /** The label column's values ('' where blank), when one was asked for. */
  labels: string[] | null;
}

function columnOf(table: CsvTable, file: string, column: string): number {
  const c = table.header.indexOf(column);
  if (c < 0) {
    const name = path.basename(file);
    throw new EngineError('text.unknown_column', `${name} has no column '${column}'. Its columns: ${table.header.join(', ')}.`, {
      name,
      column,
      columns: table.header.join(', '),
    });
  }
  return c;
}

export function readTextTable(file: string, textColumn: string, labelColumn?: string): TextTable {
  const table = readCsv(file);
  const t = columnOf(table, file, textColumn);
  const l = labelColumn === undefined ? -1 : columnOf(table, file, labelColumn);
  const texts: string[] = [];
  const labels: string[] = [];
  table.each((row) => {
    texts.push(row.text(t));
    if (l >= 0) labels.push(row.text(l));
  });
  return { fileName: path.basename(file), texts, labels: l >= 0 ? labels : null };
}

/** The columns with their first few distinct values, to pick the text and label columns. */
export function previewTextTable(file: string): TextTablePreview {
  const table = readCsv(file);
  const distinct = table.header.map(() => new Set<string>());
  const samples = table.header.map((): string[] => []);
  table.each((row) => {
    table.header.forEach((_, c) => {
      const v = row.text(c);
      if (v === '' || distinct[c].size > 1000) return;
      if (!distinct[c].has(v) && samples[c].length < 5) samples[c].push(v.length > 80 ? `${v.slice(0, 80)}…` : v);
      distinct[c].add(v);
    });
  });
  return {
    fileName: path.basename(file),
    rows: table.rows,
    columns: table.header.map((name, c) => ({ name, samples: samples[c], distinct: distinct[c].size })),
  };
}
