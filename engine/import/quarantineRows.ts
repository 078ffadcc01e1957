// Reading an import's quarantine: a page of rejected rows with their cells, and the file's
// headers (the quarantine view and the Excel export show both).
import { EngineError } from '../api/errors.js';
import type { QuarantineRow } from '../api/importTypes.js';
import type { Masker } from '../catalog/mask.js';
import type { Db } from '../store/database.js';
import { maskRow, personalColumns } from './quarantineMask.js';

interface StoredRow {
  row: number;
  column: string;
  code: string;
  reason: string;
  cells: string;
}

export function importHeaders(db: Db, importId: number): { fileName: string; headers: string[]; total: number } {
  const found = db.prepare('SELECT file_name AS fileName, headers, quarantined FROM imports WHERE import_id = ?').get(importId) as
    | { fileName: string; headers: string; quarantined: number }
    | undefined;
  if (!found) throw new EngineError('not_found', `There is no import ${importId} in this workspace.`, { importId });
  return { fileName: found.fileName, headers: JSON.parse(found.headers) as string[], total: found.quarantined };
}

const toRow = (stored: StoredRow): QuarantineRow => ({ ...stored, cells: JSON.parse(stored.cells) as string[] });

const SELECT = 'SELECT row, column_name AS column, code, reason, cells FROM quarantine';

/** A page of quarantined rows, their personal cells masked unless `unmask` (quarantineMask.ts). */
export function quarantinePage(
  db: Db,
  importId: number,
  offset: number,
  limit: number,
  unmask: boolean,
): { total: number; headers: string[]; rows: QuarantineRow[] } {
  const { headers, total } = importHeaders(db, importId);
  const personal = unmask ? new Map<number, Masker>() : personalColumns(db, importId);
  const rows = (db.prepare(`${SELECT} WHERE import_id = ? ORDER BY row LIMIT ? OFFSET ?`).all(importId, limit, offset) as StoredRow[]).map((stored) =>
    maskRow(toRow(stored), personal),
  );
  return { total, headers, rows };
}

/**
 * Every quarantined row of an import in row order, `size` rows at a time (exports of any size).
 * Each page is read whole, after the last row of the one before: no statement stays open on
 * the connection while the export waits for its file between pages, and the last page is as
 * quick to find as the first.
 */
export function* quarantinePages(db: Db, importId: number, size: number): Generator<QuarantineRow[]> {
  const page = db.prepare(`${SELECT} WHERE import_id = ? AND row > ? ORDER BY row LIMIT ?`);
  for (let after = 0; ; ) {
    const rows = (page.all(importId, after, size) as StoredRow[]).map(toRow);
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)!.row;
  }
}
