// The customer archive: customers upserted, and each row's meter linked to its customer (a
// row without a meter links the customer's stand-in, meter_id = customer_id, which keeps the
// customer's data until an archive names its meter). Linking is what turns unmatched meters of
// earlier interval or daily imports into matched ones, and what gives data kept under a
// customer's stand-in its real meter (standIns.ts).
import type { CustomerRecord } from '../kinds/customers.js';
import type { RowView } from '../table.js';
import { MeterDirectory } from './directories.js';
import { combine, KeyedUpsert } from './keyedUpsert.js';
import { StandInMerge } from './standIns.js';
import type { KindWriter, WriteContext, WriterSummary } from './types.js';

type Column = [column: string, fields: string[], value: (r: CustomerRecord) => unknown];

const COLUMNS: Column[] = [
  ['name', ['name'], (r) => r.name],
  ['address', ['address'], (r) => r.address],
  ['phone', ['phone'], (r) => r.phone],
  ['id_number', ['idNumber'], (r) => r.idNumber],
  ['category', ['category'], (r) => r.category],
  ['category_raw', ['category'], (r) => r.categoryRaw],
  ['industry', ['industry'], (r) => r.industry],
  ['voltage', ['voltage'], (r) => r.voltage],
  ['contract_kva', ['contractKva'], (r) => r.contractKva],
  ['supply_unit', ['supplyUnit'], (r) => r.supplyUnit],
  ['area_id', ['area', 'areaName'], (r) => r.area],
  ['feeder_id', ['feeder', 'feederName'], (r) => r.feeder],
  ['open_day', ['openDate'], (r) => r.openDay],
  ['prepaid', ['prepaid'], (r) => r.prepaid],
  ['tariff', ['tariff'], (r) => r.tariff],
];

export function customerWriter(ctx: WriteContext): KindWriter<CustomerRecord> {
  const given = COLUMNS.filter(([, fields]) => fields.some((f) => ctx.columns[f] !== undefined));
  const upsert = new KeyedUpsert(
    ctx.db,
    'customers',
    ['customer_id'],
    given.map(([column]) => column),
    ctx.importId,
  );
  const meters = new MeterDirectory(ctx.db, ctx.importId);
  const changedCustomers = new Set<string>();
  return {
    add(record: CustomerRecord, _row: RowView): void {
      const outcome = upsert.write(
        [record.customer],
        given.map(([, , value]) => value(record)),
      );
      const link =
        record.meter === null
          ? meters.linkStandIn(record.customer, record.multiplier)
          : meters.link(record.meter, record.customer, record.multiplier);
      const row = combine(outcome, link);
      ctx.counts[row]++;
      if (row !== 'skipped') changedCustomers.add(record.customer);
    },
    finish(): WriterSummary {
      const moved = new StandInMerge(ctx.db, ctx.importId).run(ctx.checkpoint);
      return { touched: null, unmatched: 0, changedCustomers, moved };
    },
  };
}
