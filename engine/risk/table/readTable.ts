// An analyst's own table (a CSV with a header row) as a FeatureTable for the scorecard engine,
// and the preview the own-data dialog shows before training. The target must hold 0 or 1 in
// every row: the command line's contract (`workbench risk train --target`) is strictly 0/1,
// so a 1/2 or good/bad column is refused with a message saying how to recode it.
import path from 'node:path';
import { EngineError } from '../../api/errors.js';
import type { RiskTablePreview } from '../../api/riskTypes.js';
import type { FeatureColumn, FeatureTable } from '../model/types.js';
import { readCsv, type CsvTable } from './csvTable.js';
import { ColumnProfiler, type ColumnProfile } from './kinds.js';

export interface ReadTableOptions {
  target?: string;
  id?: string;
  exclude?: string[];
  kinds?: Record<string, 'numeric' | 'categorical'>;
}

function columnIndex(csv: CsvTable, file: string, column: string, role: string): number {
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

function badTarget(file: string, column: string, row: number, value: string): EngineError {
  const name = path.basename(file);
  return new EngineError(
    'risk.bad_target',
    `The target column '${column}' of ${name} must hold 0 or 1 in every row (1 = the bad outcome); row ${row} holds '${value}'. ` +
      `Recode it (e.g. 1/2 or good/bad to 0/1) and try again.`,
    { file, name, column, row, value },
  );
}

function profiles(csv: CsvTable, columns: number[]): Map<number, ColumnProfile> {
  const profilers = columns.map((c) => new ColumnProfiler(c));
  if (profilers.length > 0) csv.each((row) => profilers.forEach((p) => p.add(row)));
  return new Map(profilers.map((p, k) => [columns[k]!, p.profile()]));
}

/** Every column but the target, the id and the excluded ones is a feature; kinds inferred unless given. */
export function readFeatureTable(file: string, options: ReadTableOptions): FeatureTable {
  const csv = readCsv(file);
  const targetIndex = options.target === undefined ? -1 : columnIndex(csv, file, options.target, 'the target');
  const idIndex = options.id === undefined ? -1 : columnIndex(csv, file, options.id, 'the id');
  const excluded = new Set((options.exclude ?? []).map((column) => columnIndex(csv, file, column, 'to exclude')));
  for (const column of Object.keys(options.kinds ?? {})) columnIndex(csv, file, column, 'with a kind given');

  const features = csv.header.map((_, c) => c).filter((c) => c !== targetIndex && c !== idIndex && !excluded.has(c));
  const inferred = profiles(csv, features.filter((c) => options.kinds?.[csv.header[c]!] === undefined));
  const columns: FeatureColumn[] = features.map((c) => {
    const name = csv.header[c]!;
    const kind = options.kinds?.[name] ?? inferred.get(c)!.kind;
    return kind === 'numeric'
      ? { name, kind, side: null, values: new Float64Array(csv.rows) }
      : { name, kind, side: null, values: new Array<string | null>(csv.rows) };
  });
  const ids = new Array<string>(csv.rows);
  const target = targetIndex >= 0 ? new Uint8Array(csv.rows) : null;
  csv.each((row, r) => {
    ids[r] = idIndex >= 0 ? row.text(idIndex) : String(r + 1);
    if (target) {
      const value = row.number(targetIndex);
      if (value !== 0 && value !== 1) throw badTarget(file, options.target!, row.rowNumber, row.text(targetIndex));
      target[r] = value;
    }
    for (let k = 0; k < features.length; k++) {
      const column = columns[k]!;
      const c = features[k]!;
      // A text cell in a numeric column reads NaN: missing, like an empty one.
      if (column.kind === 'numeric') column.values[r] = row.number(c);
      else column.values[r] = row.isEmpty(c) ? null : row.text(c);
    }
  });
  return { ids, target, columns };
}

export function previewTable(file: string): RiskTablePreview {
  const csv = readCsv(file);
  const all = profiles(csv, csv.header.map((_, c) => c));
  return {
    path: file,
    fileName: path.basename(file),
    rows: csv.rows,
    columns: csv.header.map((name, c) => ({ name, ...all.get(c)! })),
  };
}
