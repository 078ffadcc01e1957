// The catalog's running tally of each dated kind, in catalog_ledger_months (per kind and month:
// rows, values present, first and last day) and catalog_ledger_entities (per kind and entity:
// its span and the values expected over it), so that an import recounts only the months it
// touched and writes only those months and the entities it saw. The catalog_stats row is
// derived from them. Imports only add or replace rows, so an entity's span can only grow;
// anything that deletes rows rebuilds the kind's ledger (`rebuild`).
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../store/database.js';
import { daysBetween, type Day } from '../core/calendar.js';
import type { DaySpan } from './range.js';
import type { EntitySpan, Tallies, TalliedKind } from './tallies.js';

/**
 * Replaces the months of `days` with fresh tallies and widens the spans of the entities seen.
 * With `rebuild` the kind's ledger starts empty (a full recount).
 */
export function applyTallies(db: Db, kind: TalliedKind, tallies: Tallies, days: DaySpan, rebuild: boolean): void {
  if (rebuild) {
    db.prepare('DELETE FROM catalog_ledger_months WHERE kind = ?').run(kind);
    db.prepare('DELETE FROM catalog_ledger_entities WHERE kind = ?').run(kind);
  } else {
    db.prepare('DELETE FROM catalog_ledger_months WHERE kind = ? AND month BETWEEN ? AND ?').run(
      kind,
      Math.floor(days.from / 100),
      Math.floor(days.to / 100),
    );
  }
  const insertMonth = db.prepare(
    'INSERT INTO catalog_ledger_months (kind, month, rows, table_rows, present, first_day, last_day) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const t of tallies.months) insertMonth.run(kind, t.month, t.rows, t.tableRows, t.present, t.first, t.last);
  const entities = new EntityWriter(db, kind, rebuild);
  for (const t of tallies.entities) entities.widen(t);
}

/** Merges entity spans into what earlier imports recorded, one bound statement per entity. */
class EntityWriter {
  private readonly select: Statement;
  private readonly upsert: Statement;

  constructor(
    db: Db,
    private readonly kind: TalliedKind,
    /** The kind's entities were just deleted: nothing to merge with. */
    private readonly fresh: boolean,
  ) {
    this.select = db.prepare('SELECT first_day, last_day, units_per_day FROM catalog_ledger_entities WHERE kind = ? AND entity = ?').raw(true);
    this.upsert = db.prepare(
      `INSERT INTO catalog_ledger_entities (kind, entity, first_day, last_day, units_per_day, expected) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind, entity) DO UPDATE SET
         first_day = excluded.first_day, last_day = excluded.last_day,
         units_per_day = excluded.units_per_day, expected = excluded.expected`,
    );
  }

  widen(t: EntitySpan): void {
    let { first, last, unitsPerDay } = t;
    const stored = this.fresh ? undefined : (this.select.get(this.kind, t.entity) as [Day, Day, number] | undefined);
    if (stored) {
      if (stored[0] <= first && stored[1] >= last && stored[2] >= unitsPerDay) return;
      first = Math.min(first, stored[0]);
      last = Math.max(last, stored[1]);
      unitsPerDay = Math.max(unitsPerDay, stored[2]);
    }
    this.upsert.run(this.kind, t.entity, first, last, unitsPerDay, (daysBetween(first, last) + 1) * unitsPerDay);
  }
}

/** Whether any import has counted rows of the kind. */
export function hasLedger(db: Db, kind: TalliedKind): boolean {
  return db.prepare('SELECT 1 FROM catalog_ledger_months WHERE kind = ? LIMIT 1').get(kind) !== undefined;
}

export interface LedgerTotals {
  rows: number;
  tableRows: number;
  firstDay: Day | null;
  lastDay: Day | null;
  entities: number;
  /** Values expected over each entity's span, and how many of them are missing. */
  expected: number;
  missing: number;
}

/** The kind's figures; a month whose rows hold no value (daily readings of one day) gives no dates. */
export function ledgerTotals(db: Db, kind: TalliedKind): LedgerTotals {
  const months = db
    .prepare(
      `SELECT TOTAL(rows), TOTAL(table_rows), TOTAL(present), MIN(first_day) FILTER (WHERE rows > 0), MAX(last_day) FILTER (WHERE rows > 0)
         FROM catalog_ledger_months WHERE kind = ?`,
    )
    .raw(true)
    .get(kind) as [number, number, number, Day | null, Day | null];
  const [entities, expected] = db
    .prepare('SELECT COUNT(*), TOTAL(expected) FROM catalog_ledger_entities WHERE kind = ?')
    .raw(true)
    .get(kind) as [number, number];
  const [rows, tableRows, present, firstDay, lastDay] = months;
  return { rows, tableRows, firstDay, lastDay, entities, expected, missing: Math.max(0, expected - present) };
}
