// catalog.summary: per data kind what the workspace holds, read from catalog_stats (kept by
// engine/aggregates on every import); kinds never imported are listed with zero rows.
import { dataKinds, type DataKind } from '../api/types.js';
import type { CatalogEntry, CatalogSummary } from '../api/catalogTypes.js';
import type { Db } from '../store/database.js';
import { formatDay } from '../core/calendar.js';

/** A row of catalog_stats as stored (the figures of engine/aggregates/catalogStats.ts). */
interface CatalogStatsRow {
  kind: string;
  rows: number;
  first_day: number | null;
  last_day: number | null;
  expected: number | null;
  missing: number | null;
  unmatched: number | null;
  entities: number;
  last_import_at: string | null;
}

export function catalogSummary(db: Db): CatalogSummary {
  const stored = new Map((db.prepare('SELECT * FROM catalog_stats').all() as CatalogStatsRow[]).map((r) => [r.kind, r]));
  return { kinds: dataKinds.map((kind) => entry(kind, stored.get(kind))) };
}

function entry(kind: DataKind, row: CatalogStatsRow | undefined): CatalogEntry {
  if (!row) return { kind, rows: 0, firstDate: null, lastDate: null, missingRate: null, unmatched: null, entities: 0, lastImportAt: null };
  return {
    kind,
    rows: row.rows,
    firstDate: row.first_day === null ? null : formatDay(row.first_day),
    lastDate: row.last_day === null ? null : formatDay(row.last_day),
    missingRate: row.expected && row.missing !== null ? row.missing / row.expected : null,
    unmatched: row.unmatched,
    entities: row.entities,
    lastImportAt: row.last_import_at,
  };
}
