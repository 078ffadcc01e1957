// Transformer areas and feeders. A feeder named on an area row is kept in `feeders` too,
// with the feeder name and supply unit when the file has them.
import type { AreaRecord } from '../kinds/areas.js';
import type { RowView } from '../table.js';
import { combine, KeyedUpsert, type Outcome } from './keyedUpsert.js';
import type { KindWriter, WriteContext, WriterSummary } from './types.js';

type Column = [column: string, fields: string[], value: (r: AreaRecord) => unknown];

const AREA_COLUMNS: Column[] = [
  ['name', ['name'], (r) => r.name],
  ['feeder_id', ['feeder'], (r) => r.feeder],
  ['capacity_kva', ['capacityKva'], (r) => r.capacityKva],
  ['supply_unit', ['supplyUnit'], (r) => r.supplyUnit],
];

const FEEDER_COLUMNS: Column[] = [
  ['name', ['feederName'], (r) => r.feederName],
  ['supply_unit', ['supplyUnit'], (r) => r.supplyUnit],
];

export function areaWriter(ctx: WriteContext): KindWriter<AreaRecord> {
  const mapped = (c: Column) => c[1].some((f) => ctx.columns[f] !== undefined);
  const areaColumns = AREA_COLUMNS.filter(mapped);
  const feederColumns = FEEDER_COLUMNS.filter(mapped);
  const areas = new KeyedUpsert(ctx.db, 'areas', ['area_id'], areaColumns.map((c) => c[0]), ctx.importId);
  const feeders = new KeyedUpsert(ctx.db, 'feeders', ['feeder_id'], feederColumns.map((c) => c[0]), ctx.importId);
  const values = (columns: Column[], record: AreaRecord) => columns.map((c) => c[2](record));

  return {
    add(record: AreaRecord, _row: RowView): void {
      const feeder: Outcome = record.feeder === null ? 'skipped' : feeders.write([record.feeder], values(feederColumns, record));
      const outcome =
        record.area === null ? feeder : combine(areas.write([record.area], values(areaColumns, record)), feeder);
      ctx.counts[outcome]++;
    },
    finish(): WriterSummary {
      return { touched: null, unmatched: 0 };
    },
  };
}
