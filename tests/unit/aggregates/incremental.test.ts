// Imports arrive a month at a time: refreshing each month as it comes must end where one
// full recount ends, for every aggregate and every catalog figure.
import { afterAll, describe, expect, it } from 'vitest';
import { refreshAfterImport, refreshAll } from '../../../engine/aggregates/refresh.js';
import { addMonths, firstDayOf, lastDayOf } from '../../../engine/core/calendar.js';
import type { DataKind } from '../../../engine/api/types.js';
import { closeDemos, smallDemo } from '../demo/smallDemo.js';
import { tableRows } from './workspace.js';

afterAll(closeDemos);

const aggregates = ['agg_energy_monthly', 'agg_energy_daily', 'agg_bills_monthly', 'agg_area_supply_monthly', 'agg_weather_daily'];
const datedKinds: DataKind[] = ['interval', 'daily', 'area-supply', 'bills', 'events', 'weather', 'tickets', 'inspections'];

describe('month-by-month refreshes', () => {
  it('end where a full recount ends', () => {
    const { db } = smallDemo({ seed: 21, customers: 150, days: 100 });
    const full = Object.fromEntries(aggregates.map((t) => [t, tableRows(db, t)]));
    const stats = () => (db.prepare('SELECT * FROM catalog_stats ORDER BY kind').all() as Record<string, unknown>[]).map((r) => ({ ...r, last_import_at: null }));
    const fullStats = stats();

    db.exec(`DELETE FROM catalog_stats; DELETE FROM catalog_ledger_months; DELETE FROM catalog_ledger_entities; ${aggregates.map((t) => `DELETE FROM ${t};`).join(' ')}`);
    refreshAfterImport(db, 'customers', null);
    refreshAfterImport(db, 'areas', null);
    for (let month = 202509; month <= 202512; month = addMonths(month, 1)) {
      for (const kind of datedKinds) refreshAfterImport(db, kind, { firstDay: firstDayOf(month), lastDay: lastDayOf(month) });
    }
    for (const table of aggregates) expect(tableRows(db, table), table).toEqual(full[table]);
    expect(stats()).toEqual(fullStats);

    refreshAll(db);
    expect(stats()).toEqual(fullStats);
  });
});
