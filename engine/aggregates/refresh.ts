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
import { applyTallies, hasLedger } from './ledger.js';
import { isTalliedKind, tallySources, type Tallies, type TalliedKind } from './tallies.js';
import { archiveStats, ledgerFigures, writeStats } from './catalogStats.js';
import { fewChanged, refreshArchiveChanges } from './archive.js';
import { recordGroups } from './groups.js';

export type { TouchedRange } from './range.js';

/**
 * Bring the overview aggregates and the catalog stats up to date after data of `kind`
 * changed within `touched`. Called inside the import's transaction, after its last row.
 * A customers import tells which customers it inserted or updated (`changedCustomers`), so
 * that only what they moved is recounted; without it, everything the archive decides is.
 */
export function refreshAfterImport(db: Db, kind: DataKind, touched: TouchedRange, changedCustomers?: ReadonlySet<string>): void {
  const importedAt = nowIso();
  if (kind === 'customers') {
    // The archive decides every meter's and bill's area and category, and what is unmatched;
    // a multiplier it sets can also change consumption derived from readings.
    if (changedCustomers && fewChanged(db, changedCustomers)) refreshArchiveChanges(db, changedCustomers);
    else refreshArchive(db);
  }
  if (kind === 'customers' || kind === 'areas') {
    // Areas name the aggregates' areas but decide no figure of theirs: only what is unmatched.
    writeStats(db, kind, archiveStats(db, kind), importedAt);
    recountUnmatched(db);
    return;
  }
  refreshDatedKind(db, kind, touched, importedAt);
}

/** Recomputes every aggregate and every catalog row from scratch (after a demo is written). */
export function refreshAll(db: Db, importedAt: string = nowIso()): void {
  for (const kind of dataKinds) {
    if (kind === 'customers' || kind === 'areas') writeStats(db, kind, archiveStats(db, kind), importedAt);
    else if (kind === 'interval') recount(db, kind, null, tallySources.interval.tally(db, touchedDays(null)), importedAt);
    else refreshDatedKind(db, kind, null, importedAt); // 'daily' refreshes the consumption aggregates
  }
  recordGroups(db);
}

/** Everything the archive decides, over every month: consumption, bills, and the groups as counted. */
function refreshArchive(db: Db): void {
  recount(db, 'daily', null, refreshEnergy(db, touchedMonths(null)), null);
  refreshBills(db, touchedMonths(null));
  recordGroups(db);
}

function refreshDatedKind(db: Db, kind: TalliedKind, touched: TouchedRange, importedAt: string): void {
  const months = touchedMonths(touched);
  switch (kind) {
    case 'interval':
      // Curves also fill daily consumption where no better source exists (daily_energy source 3).
      recount(db, 'daily', touched, refreshEnergy(db, months), null);
      break;
    case 'daily':
      recount(db, 'daily', touched, refreshEnergy(db, months), importedAt);
      return;
    case 'bills':
      refreshBills(db, months);
      break;
    case 'area-supply':
      refreshAreaSupply(db, months);
      break;
    case 'weather':
      refreshWeather(db, touchedDays(touched));
      break;
    case 'events':
    case 'tickets':
    case 'inspections':
      break; // not in the overview
  }
  recount(db, kind, touched, tallySources[kind].tally(db, touchedDays(touched)), importedAt);
}

function recount(db: Db, kind: TalliedKind, touched: TouchedRange, tallies: Tallies, importedAt: string | null): void {
  applyTallies(db, kind, tallies, touchedDays(touched), touched === null);
  writeStats(db, kind, ledgerFigures(db, kind), importedAt);
}

/** After an archive import: every kind's unmatched count, from the ledgers (no raw scan). */
function recountUnmatched(db: Db): void {
  for (const kind of dataKinds) {
    if (isTalliedKind(kind) && hasLedger(db, kind)) writeStats(db, kind, ledgerFigures(db, kind), null);
  }
}
