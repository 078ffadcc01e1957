// catalog_stats rows: one per data kind, what the catalog shows without scanning raw data.
import type { DataKind } from '../api/types.js';
import type { Db } from '../store/database.js';
import { ledgerTotals } from './ledger.js';
import { ledgerKinds, type EntityKind, type TalliedKind } from './tallies.js';

/** What the catalog shows of one kind, before it is stored as a catalog_stats row. */
export interface KindFigures {
  rows: number;
  /** Rows the data browser lists (its total when nothing is searched). */
  tableRows: number;
  firstDay: number | null;
  lastDay: number | null;
  expected: number | null;
  missing: number | null;
  unmatched: number | null;
  entities: number;
}

/**
 * Whether the ledger entity `e.entity` is in the archive: a meter when it belongs to a customer
 * in the archive, a customer or an area when the archive has it. Stations have no archive.
 */
const inArchive: Record<EntityKind, string | null> = {
  meter: 'SELECT 1 FROM meters m JOIN customers c ON c.customer_id = m.customer_id WHERE m.meter_id = e.entity',
  customer: 'SELECT 1 FROM customers c WHERE c.customer_id = e.entity',
  area: 'SELECT 1 FROM areas a WHERE a.area_id = e.entity',
  station: null,
};

/** Entities of the kind's ledger without an archive entry (null where there is no archive). */
function countUnmatched(db: Db, kind: TalliedKind): number | null {
  const matched = inArchive[ledgerKinds[kind].entity];
  if (!matched) return null;
  return db.prepare(`SELECT COUNT(*) FROM catalog_ledger_entities e WHERE e.kind = ? AND NOT EXISTS (${matched})`).pluck().get(kind) as number;
}

export function ledgerFigures(db: Db, kind: TalliedKind): KindFigures {
  const totals = ledgerTotals(db, kind);
  const gaps = ledgerKinds[kind].measuresGaps;
  return {
    rows: totals.rows,
    tableRows: totals.tableRows,
    firstDay: totals.firstDay,
    lastDay: totals.lastDay,
    expected: gaps ? totals.expected : null,
    missing: gaps ? totals.missing : null,
    unmatched: countUnmatched(db, kind),
    entities: totals.entities,
  };
}

/** The archive kinds are small: counted directly. Customers span their account opening days. */
export function archiveStats(db: Db, kind: 'customers' | 'areas'): KindFigures {
  if (kind === 'customers') {
    const row = db.prepare('SELECT COUNT(*) AS n, MIN(open_day) AS f, MAX(open_day) AS l FROM customers').get() as {
      n: number;
      f: number | null;
      l: number | null;
    };
    return { rows: row.n, tableRows: row.n, firstDay: row.f, lastDay: row.l, expected: null, missing: null, unmatched: null, entities: row.n };
  }
  const n = db.prepare('SELECT COUNT(*) FROM areas').pluck().get() as number;
  return { rows: n, tableRows: n, firstDay: null, lastDay: null, expected: null, missing: null, unmatched: null, entities: n };
}

/**
 * Writes a kind's row. `importedAt` is the time of an import of this kind; null keeps the
 * time recorded before (a recount caused by another kind's import is not an import of this one).
 */
export function writeStats(db: Db, kind: DataKind, stats: KindFigures, importedAt: string | null): void {
  db.prepare(
    `INSERT INTO catalog_stats (kind, rows, table_rows, first_day, last_day, expected, missing, unmatched, entities, last_import_at)
     VALUES (@kind, @rows, @tableRows, @firstDay, @lastDay, @expected, @missing, @unmatched, @entities, @importedAt)
     ON CONFLICT (kind) DO UPDATE SET
       rows = excluded.rows, table_rows = excluded.table_rows, first_day = excluded.first_day, last_day = excluded.last_day,
       expected = excluded.expected, missing = excluded.missing, unmatched = excluded.unmatched,
       entities = excluded.entities, last_import_at = COALESCE(excluded.last_import_at, catalog_stats.last_import_at)`,
  ).run({ kind, ...stats, importedAt });
}
