// The personal cells of quarantined rows (a customers file's name, address, phone and ID number
// columns, as the import mapped them) masked the way the data browser masks them: quarantined
// rows are raw file rows, and an export or a page of them must not show what the archive hides.
import type { ResolvedMapping } from '../api/importTypes.js';
import type { DataKind } from '../api/types.js';
import { maskAddress, maskIdNumber, maskName, maskPhone, type Masker } from '../catalog/mask.js';
import type { Db } from '../store/database.js';
import { kindDefinitions } from './kinds/index.js';

/** How each personal field (import/kinds, `personal: true`) is masked. */
const maskers: Record<string, Masker> = { name: maskName, address: maskAddress, phone: maskPhone, idNumber: maskIdNumber };

/** The import's personal fields that have a column: field name and 0-based column. */
function personalMapped(db: Db, importId: number): [string, number][] {
  const found = db.prepare('SELECT kind, mapping FROM imports WHERE import_id = ?').get(importId) as { kind: DataKind; mapping: string } | undefined;
  if (!found) return [];
  const { fields } = JSON.parse(found.mapping) as Pick<ResolvedMapping, 'fields'>;
  return kindDefinitions[found.kind].fields.filter((f) => f.personal && fields[f.name] !== undefined).map((f) => [f.name, fields[f.name]!]);
}

/** The import's personal columns (0-based) and their maskers; empty for a kind without personal fields. */
export function personalColumns(db: Db, importId: number): Map<number, Masker> {
  // A personal field a kind adds without a masker of its own is hidden whole.
  return new Map(personalMapped(db, importId).map(([field, column]) => [column, maskers[field] ?? ((value: string) => '*'.repeat([...value].length))]));
}

/** The names of the import's personal fields that have a column (what an unmasking shows). */
export function personalFieldsOf(db: Db, importId: number): string[] {
  return personalMapped(db, importId).map(([field]) => field);
}

/** The row with its personal cells masked, also where its reason quotes one. */
export function maskRow<R extends { cells: string[]; reason: string }>(row: R, personal: Map<number, Masker>): R {
  if (personal.size === 0) return row;
  let reason = row.reason;
  const cells = row.cells.map((cell, i) => {
    const mask = personal.get(i);
    if (!mask || cell.trim() === '') return cell;
    const masked = mask(cell);
    reason = reason.replaceAll(cell.trim(), mask(cell.trim()));
    return masked;
  });
  return { ...row, cells, reason };
}
