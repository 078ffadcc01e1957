// Kinds whose rows map one-to-one onto table rows (area supply, bills, events, weather,
// tickets, inspections): a declarative spec, upserted through KeyedUpsert.
import type { Day } from '../../core/calendar.js';
import { DaySpan } from './daySpan.js';
import type { RowView } from '../table.js';
import { ArchiveLookup, MeterDirectory } from './directories.js';
import { KeyedUpsert } from './keyedUpsert.js';
import type { KindWriter, WriteContext, WriterSummary } from './types.js';

export interface ColumnSpec<Rec> {
  column: string;
  /** Written when any of these fields is mapped; empty: always written. */
  fields: string[];
  value(record: Rec): unknown;
}

export interface PlainSpec<Rec> {
  table: string;
  keys: ColumnSpec<Rec>[];
  columns: ColumnSpec<Rec>[];
  /** The days a record covers, for the aggregates refresh. */
  days(record: Rec): [Day, Day];
  /** The entity a record refers to, to report unmatched references. */
  refers?: { to: 'meters' | 'customers' | 'areas'; key(record: Rec): string | null };
}

export function plainWriter<Rec>(spec: PlainSpec<Rec>, ctx: WriteContext): KindWriter<Rec> {
  const given = spec.columns.filter((c) => c.fields.length === 0 || c.fields.some((f) => ctx.columns[f] !== undefined));
  const upsert = new KeyedUpsert(
    ctx.db,
    spec.table,
    spec.keys.map((k) => k.column),
    given.map((c) => c.column),
    ctx.importId,
  );
  const span = new DaySpan();
  const refers = spec.refers;
  const meters = refers?.to === 'meters' ? new MeterDirectory(ctx.db, ctx.importId) : null;
  const archive =
    refers?.to === 'customers'
      ? new ArchiveLookup(ctx.db, 'customers', 'customer_id')
      : refers?.to === 'areas'
        ? new ArchiveLookup(ctx.db, 'areas', 'area_id')
        : null;

  // Filled row after row: a row costs no arrays of its own.
  const key: unknown[] = new Array(spec.keys.length);
  const values: unknown[] = new Array(given.length);

  return {
    add(record: Rec, _row: RowView): void {
      const reference = refers?.key(record);
      if (reference) {
        meters?.ensure(reference);
        archive?.note(reference);
      }
      for (let i = 0; i < key.length; i++) key[i] = spec.keys[i]!.value(record);
      for (let i = 0; i < values.length; i++) values[i] = given[i]!.value(record);
      upsert.count(key, values, ctx.counts);
      const [first, last] = spec.days(record);
      span.add(first);
      span.add(last);
    },
    finish(): WriterSummary {
      return { touched: span.range, unmatched: meters?.unmatched() ?? archive?.unmatched() ?? 0 };
    },
  };
}
