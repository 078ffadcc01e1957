// PLACEHOLDER (being written in parallel): overview aggregates and catalog stats refresh.
import type { DataKind } from '../api/types.js';
import type { Db } from '../store/database.js';
import type { Day } from '../core/calendar.js';

/** Days an import wrote, or null when it may affect every period (customers, areas). */
export type TouchedRange = { firstDay: Day; lastDay: Day } | null;

/**
 * Bring the overview aggregates and the catalog stats up to date after data of `kind`
 * changed within `touched`. Called inside the import's transaction, after its last row.
 */
export function refreshAfterImport(_db: Db, _kind: DataKind, _touched: TouchedRange): void {
  throw new Error('refreshAfterImport is not written yet');
}
