// What a data kind is to the import pipeline: its fields, which fields it cannot do
// without, and how one row of a file becomes one record. Row parsing is pure (no
// database): the preview validates a sample with exactly the code the import runs.
import type { DataKind } from '../../api/types.js';
import type { FieldType, ImportOptions } from '../../api/importTypes.js';
import type { RowView } from '../table.js';
import type { FieldReader } from './fieldReader.js';

export interface FieldDef {
  name: string;
  type: FieldType;
  /** Personal data (name, phone, ID number, address): masked in the UI. */
  personal?: boolean;
  unit?: string;
  /** The unit is the file's (a header or data-type column says kW or kWh): a unit in a cell is not checked against `unit`. */
  unitOfFile?: true;
}

export interface KindDefinition<Rec, Layout = undefined> {
  kind: DataKind;
  fields: FieldDef[];
  /** Alternative sets of fields; a file is importable when every field of one set is mapped. */
  requirement: string[][];
  /**
   * One data row as a record, or null when the row is invalid (the reader then holds
   * the row's first problem). A record may be reused by the next call: writers copy.
   */
  parse(reader: FieldReader, layout: Layout): Rec | null;
  /** What a kind decides once per file before its rows are read (units, interval layout). */
  prepare?(input: LayoutInput): Layout;
}

/** What a file shows before its rows are parsed: headers, mapping, options and a sample. */
export interface LayoutInput {
  headers: readonly string[];
  /** field -> 0-based column */
  columns: Readonly<Record<string, number>>;
  options: ImportOptions;
  /** The first data rows (up to a few hundred). */
  sample: readonly RowView[];
}

/** field -> unit, for the field reader: the fields whose cells may write their unit ('300 kWh', '￥1,200', '12.5万'). */
export function fieldUnits(fields: readonly FieldDef[]): Record<string, string> {
  const units: Record<string, string> = {};
  for (const field of fields) if (field.unit !== undefined && !field.unitOfFile) units[field.name] = field.unit;
  return units;
}

/** Every combination of one choice per group: [[a],[b]] x [[c]] -> [[a,c],[b,c]]. */
export function alternatives(...groups: string[][][]): string[][] {
  return groups.reduce<string[][]>(
    (sets, group) => sets.flatMap((set) => group.map((choice) => [...set, ...choice])),
    [[]],
  );
}

/** The row's date: its own column, or split year / month / day columns (年 / 月 / 日). */
export function dateForms(field = 'date'): string[][] {
  return [[field], ['year', 'monthOfYear', 'dayOfMonth']];
}

export const SPLIT_DATE_FIELDS: FieldDef[] = [
  { name: 'year', type: 'integer' },
  { name: 'monthOfYear', type: 'integer' },
  { name: 'dayOfMonth', type: 'integer' },
];
