// Keeps the overview aggregates and the catalog stats in step with the raw data, so that
// neither the overview nor the catalog ever scans raw data. Imports call refreshAfterImport
// inside their transaction; the demo generator calls refreshAll once it has written everything.
import type { DataKind } from '../api/types.js';
import { dataKinds } from '../api/types.js';
import type { Db } from '../store/database.js';
import { nowIso } from '../core/calendar.js';
import { touchedDays, touchedMonths, type TouchedRange } from './range.js';
import { refreshEnergy } from './energy.js';
import { refreshBills } from './money.js';
import { refreshAreaSupply } from './supply.js';
import { refreshWeather } from './weather.js';
import { applyTallies, readLedger, writeLedger } from './ledger.js';
import { tallySources, isTalliedKind, type TalliedKind } from './tallies.js';
import { archiveStats, matchedIds, statsFromLedger, writeStats } from './catalogStats.js';

export type { TouchedRange } from './range.js';

/**
 * Bring the overview aggregates and the catalog stats up to date after data of `kind`
 * changed within `touched`. Called inside the import's transaction, after its last row.
 */
export function refreshAfterImport(db: Db, kind: DataKind, touched: TouchedRange): void {
  const importedAt = nowIso();
  if (kind === 'customers' || kind === 'areas') {
    // The archive decides every meter's and bill's area and category, and what is unmatched.
    refreshEnergy(db, touchedMonths(null));
    refreshBills(db, touchedMonths(null));
    writeStats(db, kind, archiveStats(db, kind), importedAt);
    recountUnmatched(db);
    return;
  }
  refreshOverviewAggregates(db, kind, touched);
  recount(db, kind, touched, importedAt);
  // Curves also fill daily consumption where no better source exists (daily_energy source 3).
  if (kind === 'interval') recount(db, 'daily', touched, null);
}

/** Recomputes every aggregate and every catalog row from scratch (after a demo is written). */
export function refreshAll(db: Db, importedAt: string = nowIso()): void {
  refreshEnergy(db, touchedMonths(null));
  refreshBills(db, touchedMonths(null));
  refreshAreaSupply(db, touchedMonths(null));
  refreshWeather(db, touchedDays(null));
  for (const kind of dataKinds) {
    if (kind === 'customers' || kind === 'areas') writeStats(db, kind, archiveStats(db, kind), importedAt);
    else recount(db, kind, null, importedAt);
  }
}

function refreshOverviewAggregates(db: Db, kind: TalliedKind, touched: TouchedRange): void {
  switch (kind) {
    case 'interval':
    case 'daily':
      return refreshEnergy(db, touchedMonths(touched));
    case 'bills':
      return refreshBills(db, touchedMonths(touched));
    case 'area-supply':
      return refreshAreaSupply(db, touchedMonths(touched));
    case 'weather':
      return refreshWeather(db, touchedDays(touched));
    case 'events':
    case 'tickets':
    case 'inspections':
      return; // not in the overview
  }
}

function recount(db: Db, kind: TalliedKind, touched: TouchedRange, importedAt: string | null): void {
  const source = tallySources[kind];
  const days = touchedDays(touched);
  const ledger = applyTallies(readLedger(db, kind), source.tally(db, days), days, touched === null);
  writeLedger(db, kind, ledger);
  writeStats(db, kind, statsFromLedger(kind, ledger, matchedIds(db, source.entity)), importedAt);
}

/** After an archive import: every kind's unmatched count, from the ledgers (no raw scan). */
function recountUnmatched(db: Db): void {
  const matched = new Map<string, Set<string> | null>();
  for (const kind of dataKinds) {
    if (!isTalliedKind(kind)) continue;
    const ledger = readLedger(db, kind);
    if (Object.keys(ledger.months).length === 0) continue;
    const entity = tallySources[kind].entity;
    if (!matched.has(entity)) matched.set(entity, matchedIds(db, entity));
    writeStats(db, kind, statsFromLedger(kind, ledger, matched.get(entity)!), null);
  }
}
