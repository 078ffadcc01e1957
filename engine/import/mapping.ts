// A kind's mapping resolved against one file's headers: each field to a column, detected
// through the synonym tables and overridden by a user's mapping (by header text, portable
// to the next month's file, or by column index, or null for a field not to import), and what
// the kind still lacks.
import { EngineError } from '../api/errors.js';
import { POINTS_FIELD, type ImportOptions, type MappingSpec, type ResolvedMapping } from '../api/importTypes.js';
import type { DataKind } from '../api/types.js';
import { detectPointColumns, matchFields, normalizeHeader } from './headers.js';
import { kindDefinitions, kindSpecInfo, synonymTable } from './kinds/index.js';
import { parseStamp, parseTimeOfDay } from './parse/dates.js';
import type { RowView } from './table.js';

export interface MissingField {
  field: string;
  accepted: string[];
}

export interface MappingResolution {
  mapping: ResolvedMapping;
  /** The mapping by header text, ready to save as a template or to pass back. */
  spec: MappingSpec;
  /** Required fields of the closest requirement set that no column provides. */
  missing: MissingField[];
  /** Fields mapped to a column by the user rather than detected. */
  given: string[];
  /** Fields the user chose not to import (null in the mapping), whatever their columns' headers. */
  unmapped: string[];
}

export function resolveMapping(
  kind: DataKind,
  headers: string[],
  headerRow: number,
  given: MappingSpec | undefined,
  sample: readonly RowView[] = [],
): MappingResolution {
  const options: ImportOptions = given?.options ?? {};
  const known = new Set(kindDefinitions[kind].fields.map((f) => f.name));
  const fields = matchFields(headers, synonymTable(kind));
  preferSplitDate(fields, known);
  preferTimeOfDay(fields, known, sample);
  const entries = Object.entries(given?.fields ?? {});
  for (const [field] of entries) if (!known.has(field) || field === POINTS_FIELD) throw unknownField(kind, field, known);
  const unmapped = entries.filter(([, ref]) => ref === null).map(([field]) => field);
  for (const field of unmapped) delete fields[field];
  const chosen = entries.flatMap(([field, ref]) => (ref === null ? [] : [[field, columnOf(ref, headers, field, kind)] as const]));
  for (const [field, column] of chosen) {
    for (const [other, at] of Object.entries(fields)) if (at === column && other !== field) delete fields[other];
    fields[field] = column;
  }

  let pointColumns: number[] | undefined;
  if (kind === 'interval' && !isLong(fields)) {
    const points = detectPointColumns(headers);
    if (points) {
      pointColumns = points.columns;
      const onPoints = new Set(points.columns);
      for (const [field, column] of Object.entries(fields)) if (onPoints.has(column)) delete fields[field];
    }
  }

  const mapping: ResolvedMapping = { fields, ...(pointColumns ? { pointColumns } : {}), options: { ...options, headerRow } };
  return {
    mapping,
    spec: { fields: specFields(fields, headers, unmapped), ...(given?.options ? { options: given.options } : {}) },
    missing: missingFields(kind, mapping),
    given: chosen.map(([field]) => field),
    unmapped,
  };
}

/**
 * English exports name split date columns year / month / day: words that also name a whole
 * billing month or date. Beside a year column they are the parts of a date.
 */
function preferSplitDate(fields: Record<string, number>, known: Set<string>): void {
  if (fields.year === undefined) return;
  const move = (from: string, to: string) => {
    if (fields[from] === undefined || fields[to] !== undefined || !known.has(to)) return;
    fields[to] = fields[from]!;
    delete fields[from];
  };
  move('month', 'monthOfYear');
  if (fields.monthOfYear !== undefined) move('date', 'dayOfMonth');
}

/**
 * A column named 'time' or '时间' may hold a date and time, or only the time beside a date
 * column: the sample tells which.
 */
function preferTimeOfDay(fields: Record<string, number>, known: Set<string>, sample: readonly RowView[]): void {
  const column = fields.timestamp;
  if (column === undefined || fields.date === undefined || fields.time !== undefined || !known.has('time')) return;
  const cells = sample.map((row) => row.text(column)).filter((text) => text !== '');
  if (cells.length > 0 && cells.every((text) => parseStamp(text) === null && parseTimeOfDay(text) !== null)) {
    fields.time = column;
    delete fields.timestamp;
  }
}

function isLong(fields: Record<string, number>): boolean {
  return fields.value !== undefined && (fields.timestamp !== undefined || fields.time !== undefined);
}

/** A column named by its header text (exactly, else as matching normalises it) or by 0-based index. */
function columnOf(ref: string | number, headers: string[], field: string, kind: DataKind): number {
  if (typeof ref === 'number') {
    if (ref < headers.length) return ref;
    throw new EngineError(
      'import.bad_mapping',
      `The mapping puts ${field} in column ${ref + 1}, but the file has ${headers.length} columns. Choose another column.`,
      { field, kind, column: ref, headers },
    );
  }
  let column = headers.indexOf(ref);
  if (column < 0) column = headers.map(normalizeHeader).indexOf(normalizeHeader(ref));
  if (column >= 0) return column;
  throw new EngineError(
    'import.bad_mapping',
    `The mapping puts ${field} in a column named '${ref}', but the file has no such column. Its columns are: ${headers.join(', ')}.`,
    { field, kind, column: ref, headers },
  );
}

function unknownField(kind: DataKind, field: string, known: Set<string>): EngineError {
  const fields = [...known].filter((f) => f !== POINTS_FIELD);
  return new EngineError(
    'import.bad_mapping',
    `'${field}' is not a field of ${kind} data. Its fields are: ${fields.join(', ')}.`,
    { field, kind, fields },
  );
}

/**
 * Header text where it identifies the column; the column index where it is blank or repeated;
 * null for the fields the user chose not to import, so that passing the spec back (or saving
 * it as a template) keeps them out.
 */
function specFields(fields: Record<string, number>, headers: string[], unmapped: string[]): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [field, column] of Object.entries(fields)) {
    const header = headers[column] ?? '';
    out[field] = header !== '' && headers.indexOf(header) === column ? header : column;
  }
  for (const field of unmapped) if (out[field] === undefined) out[field] = null;
  return out;
}

/** Fields a mapping satisfies: its columns, the point columns, a meter given as an option. */
export function satisfied(mapping: ResolvedMapping): Set<string> {
  const have = new Set(Object.keys(mapping.fields));
  if (mapping.pointColumns) have.add(POINTS_FIELD);
  if (mapping.options.meter) have.add('meter');
  return have;
}

/** The unmet fields of the requirement set closest to being met (none when one is met). */
export function missingFields(kind: DataKind, mapping: ResolvedMapping): MissingField[] {
  const have = satisfied(mapping);
  const { requirement } = kindDefinitions[kind];
  let best: string[] | null = null;
  for (const set of requirement) {
    const lacking = set.filter((field) => !have.has(field));
    if (best === null || lacking.length < best.length) best = lacking;
  }
  const info = kindSpecInfo(kind);
  return (best ?? []).map((field) => ({ field, accepted: info.fields.find((f) => f.name === field)?.synonyms ?? [] }));
}
