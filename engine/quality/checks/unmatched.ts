// Unmatched records: meters with data that no archive entry names, consumption keyed by a
// customer number whose meter no archive names (a stand-in), bills, tickets and inspections of
// customer numbers the archive does not hold, and areas named nowhere in the areas file. The
// last two only once the archive (or the areas) has been imported: before, everything would be.
import type { DataKind } from '../../api/types.js';
import type { CheckContext } from './context.js';

/** Meters without a customer (stand_in 0) or stand-ins (1) with days of data in each kind. */
function unmatchedMeters(ctx: CheckContext, standIn: 0 | 1): void {
  const code = standIn ? 'meter_unknown' : 'meter_without_customer';
  // A stand-in carries its customer number as its meter number (engine/import/writers/standIns.ts).
  const which = standIn ? 'm.stand_in = 1' : 'm.customer_id IS NULL AND m.stand_in = 0';
  const sources: [DataKind, string][] = [
    ['interval', `SELECT m.meter_id, count(*) FROM meters m JOIN interval_load t ON t.meter_id = m.meter_id WHERE ${which} GROUP BY m.meter_id`],
    ['daily', `SELECT m.meter_id, sum(t.days) FROM meters m JOIN daily_energy t ON t.meter_id = m.meter_id WHERE ${which} GROUP BY m.meter_id`],
    ['events', `SELECT m.meter_id, count(*) FROM meters m JOIN meter_events t ON t.meter_id = m.meter_id WHERE ${which} GROUP BY m.meter_id`],
  ];
  for (const [kind, sql] of sources) {
    for (const [meter, days] of ctx.db.prepare(sql).raw(true).iterate() as IterableIterator<[string, number]>) {
      ctx.findings.add({ kind, code, entity: meter, day: null, value: days, expected: null, detail: kind === 'events' ? 'events' : 'days' });
    }
  }
}

function unknownCustomers(ctx: CheckContext): void {
  const archived = ctx.db.prepare('SELECT 1 FROM customers LIMIT 1').get();
  if (!archived) return;
  const sources: [DataKind, string][] = [
    ['bills', 'bills'],
    ['tickets', 'tickets'],
    ['inspections', 'inspections'],
  ];
  for (const [kind, table] of sources) {
    const rows = ctx.db
      .prepare(`SELECT t.customer_id, count(*) FROM ${table} t WHERE t.customer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = t.customer_id) GROUP BY t.customer_id`)
      .raw(true)
      .iterate() as IterableIterator<[string, number]>;
    for (const [customer, count] of rows) ctx.findings.add({ kind, code: 'unknown_customer', entity: customer, day: null, value: count, expected: null, detail: 'rows' });
  }
}

function unknownAreas(ctx: CheckContext): void {
  const listed = ctx.db.prepare('SELECT 1 FROM areas LIMIT 1').get();
  if (!listed) return;
  const sources: [DataKind, string][] = [
    ['customers', `SELECT t.area_id, count(*) FROM customers t WHERE t.area_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM areas a WHERE a.area_id = t.area_id) GROUP BY t.area_id`],
    ['area-supply', `SELECT t.area_id, count(*) FROM area_supply t WHERE NOT EXISTS (SELECT 1 FROM areas a WHERE a.area_id = t.area_id) GROUP BY t.area_id`],
  ];
  for (const [kind, sql] of sources) {
    for (const [area, count] of ctx.db.prepare(sql).raw(true).iterate() as IterableIterator<[string, number]>) {
      ctx.findings.add({ kind, code: 'unknown_area', entity: area, day: null, value: count, expected: null, detail: kind === 'customers' ? 'customers' : 'days' });
    }
  }
}

export function checkUnmatched(ctx: CheckContext): void {
  unmatchedMeters(ctx, 0);
  unmatchedMeters(ctx, 1);
  unknownCustomers(ctx);
  unknownAreas(ctx);
}
