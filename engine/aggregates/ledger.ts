// The catalog's running tally of one dated kind, kept in the meta table (key
// 'catalog_ledger:<kind>') so that an import recounts only the months it touched:
// per month the rows and values present, per entity its first and last day. The
// catalog_stats row is derived from it. Imports only add or replace rows, so an entity's
// span can only grow; anything that deletes rows rebuilds the ledger (touched = null).
import type { Db } from '../store/database.js';
import { getMeta, setMeta } from '../store/database.js';
import { daysBetween, type Day } from '../core/calendar.js';
import type { DaySpan } from './range.js';
import type { Tallies, TalliedKind } from './tallies.js';

/** A month as the ledger keeps it (tallies.ts's MonthTally, its month as the key). */
interface LedgerMonth {
  rows: number;
  present: number;
  first: Day;
  last: Day;
}

export interface Ledger {
  months: Record<string, LedgerMonth>;
  /** entity -> [first day, last day, units expected per day] */
  entities: Record<string, [Day, Day, number]>;
}

const key = (kind: TalliedKind) => `catalog_ledger:${kind}`;

export function readLedger(db: Db, kind: TalliedKind): Ledger {
  const stored = getMeta(db, key(kind));
  return stored ? (JSON.parse(stored) as Ledger) : { months: {}, entities: {} };
}

export function writeLedger(db: Db, kind: TalliedKind, ledger: Ledger): void {
  setMeta(db, key(kind), JSON.stringify(ledger));
}

/**
 * Replaces the months of `days` with fresh tallies. With `rebuild` the ledger starts empty
 * (a full recount); otherwise entity spans merge with what earlier imports recorded.
 */
export function applyTallies(previous: Ledger, tallies: Tallies, days: DaySpan, rebuild: boolean): Ledger {
  const ledger: Ledger = rebuild ? { months: {}, entities: {} } : previous;
  const fromMonth = Math.floor(days.from / 100);
  const toMonth = Math.floor(days.to / 100);
  for (const month of Object.keys(ledger.months)) {
    if (+month >= fromMonth && +month <= toMonth) delete ledger.months[month];
  }
  for (const t of tallies.months) ledger.months[t.month] = { rows: t.rows, present: t.present, first: t.first, last: t.last };
  for (const t of tallies.entities) {
    const e = ledger.entities[t.entity];
    if (!e) ledger.entities[t.entity] = [t.first, t.last, t.unitsPerDay];
    else {
      if (t.first < e[0]) e[0] = t.first;
      if (t.last > e[1]) e[1] = t.last;
      if (t.unitsPerDay > e[2]) e[2] = t.unitsPerDay;
    }
  }
  return ledger;
}

export interface LedgerTotals {
  rows: number;
  firstDay: Day | null;
  lastDay: Day | null;
  entities: number;
  /** Values expected over each entity's span, and how many of them are missing. */
  expected: number;
  missing: number;
}

export function ledgerTotals(ledger: Ledger): LedgerTotals {
  let rows = 0;
  let present = 0;
  let firstDay: Day | null = null;
  let lastDay: Day | null = null;
  for (const m of Object.values(ledger.months)) {
    rows += m.rows;
    present += m.present;
    if (firstDay === null || m.first < firstDay) firstDay = m.first;
    if (lastDay === null || m.last > lastDay) lastDay = m.last;
  }
  let expected = 0;
  let entities = 0;
  for (const [first, last, units] of Object.values(ledger.entities)) {
    entities++;
    expected += (daysBetween(first, last) + 1) * units;
  }
  return { rows, firstDay, lastDay, entities, expected, missing: Math.max(0, expected - present) };
}
