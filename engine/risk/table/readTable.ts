// An analyst's own table (a CSV with a header row) as a FeatureTable for the scorecard engine,
// and the preview the own-data dialog shows before training. The target must hold 0 or 1 in
// every row: the command line's contract (`workbench risk train --target`) is strictly 0/1,
// so a 1/2 or good/bad column is refused with a message saying how to recode it.
import path from 'node:path';
import type { RiskTablePreview } from '../../api/riskTypes.js';
import { EngineError } from '../../api/errors.js';
import { parseNumber } from '../../import/parse/numbers.js';
import type { FeatureColumn, FeatureTable } from '../model/types.js';
import { readCsvCells, type CsvCells } from './csvCells.js';
import { profileColumn } from './kinds.js';

export interface ReadTableOptions {
  target?: string;
  id?: string;
  exclude?: string[];
  kinds?: Record<string, 'numeric' | 'categorical'>;
}

function columnIndex(csv: CsvCells, file: string, column: string, role: string): number {
  const index = csv.header.indexOf(column);
  if (index < 0) {
    const name = path.basename(file);
    throw new EngineError('risk.unknown_column', `${name} has no column '${column}' (${role}). Its columns: ${csv.header.join(', ')}.`, {
      file,
      name,
      column,
      columns: csv.header.join(', '),
    });
  }
  return index;
}

function targetOf(csv: CsvCells, file: string, column: string, index: number): Uint8Array {
  const cells = csv.columns[index]!;
  const target = new Uint8Array(csv.rows);
  for (let r = 0; r < csv.rows; r++) {
    const value = parseNumber(cells[r]!);
    if (value !== 0 && value !== 1) {
      const name = path.basename(file);
      throw new EngineError(
        'risk.bad_target',
        `The target column '${column}' of ${name} must hold 0 or 1 in every row (1 = the bad outcome); row ${r + 2} holds '${cells[r]}'. ` +
          `Recode it (e.g. 1/2 or good/bad to 0/1) and try again.`,
        { file, name, column, row: r + 2, value: cells[r]! },
      );
    }
    target[r] = value;
  }
  return target;
}

function featureColumn(name: string, cells: string[], kind: 'numeric' | 'categorical'): FeatureColumn {
  if (kind === 'numeric') return { name, kind, side: null, values: Float64Array.from(cells, parseNumber) };
  return { name, kind, side: null, values: cells.map((cell) => (cell === '' ? null : cell)) };
}

/** Every column but the target, the id and the excluded ones is a feature; kinds inferred unless given. */
export function readFeatureTable(file: string, options: ReadTableOptions): FeatureTable {
  const csv = readCsvCells(file);
  const targetIndex = options.target === undefined ? -1 : columnIndex(csv, file, options.target, 'the target');
  const idIndex = options.id === undefined ? -1 : columnIndex(csv, file, options.id, 'the id');
  const excluded = new Set((options.exclude ?? []).map((column) => columnIndex(csv, file, column, 'to exclude')));
  for (const column of Object.keys(options.kinds ?? {})) columnIndex(csv, file, column, 'with a kind given');

  const columns: FeatureColumn[] = [];
  csv.header.forEach((name, c) => {
    if (c === targetIndex || c === idIndex || excluded.has(c)) return;
    const cells = csv.columns[c]!;
    columns.push(featureColumn(name, cells, options.kinds?.[name] ?? profileColumn(cells).kind));
  });
  return {
    ids: idIndex >= 0 ? csv.columns[idIndex]! : Array.from({ length: csv.rows }, (_, r) => String(r + 1)),
    target: targetIndex >= 0 ? targetOf(csv, file, options.target!, targetIndex) : null,
    columns,
  };
}

export function previewTable(file: string): RiskTablePreview {
  const csv = readCsvCells(file);
  return {
    path: file,
    fileName: path.basename(file),
    rows: csv.rows,
    columns: csv.header.map((name, c) => ({ name, ...profileColumn(csv.columns[c]!) })),
  };
}
