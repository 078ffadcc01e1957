// What the data browser shows of each kind: columns (typed, personal ones masked), the orders
// it can page in and how a search finds rows. Every order of a large table is one an index
// keeps (its primary key or an index of the schema), so that a page is a walk of that index and
// never a sort of the table; a search is a prefix of a key column, a range of its index.
// Small tables (areas, inspections) can be sorted by any column and searched by substring.
// Column names are the store's own (the UI translates them).
// Curves show a row per meter-day (the values stay in the curve viewer); daily consumption a
// row per meter-month with its days and kWh: 31 values a row are unreadable in a table, and a
// meter-month is how readings are billed.
import type { BrowseColumn } from '../api/catalogTypes.js';
import type { DataKind } from '../api/types.js';
import { maskAddress, maskIdNumber, maskName, maskPhone, type Masker } from './mask.js';

export interface ViewColumn {
  name: string;
  type: BrowseColumn['type'];
  /** SQL expression over the view's table, aliased t. */
  sql: string;
  mask?: Masker;
}

/**
 * An order a page can be read in: expressions over t that an index holds in this order, the
 * last ones making each row's key unique (a unique key, or the rowid every index ends with).
 */
export interface PageOrder {
  keys: string[];
  /**
   * Whether the page after a row can be found from that row's keys (keyset paging) rather than
   * by counting `offset` rows: only when no key can be NULL, which a row-value comparison skips.
   */
  keyset: boolean;
}

export type ViewSearch =
  /** Key columns, each the first column of an index; `personal` ones only once unmasked. */
  | { by: 'prefix'; columns: string[]; personal?: string[] }
  /** Columns matched anywhere in their text: a scan, for small tables only. */
  | { by: 'substring'; columns: string[] };

export interface BrowseView {
  /** The table whose every row the view lists (catalog_stats.table_rows counts them). */
  table: string;
  columns: ViewColumn[];
  /** The order without a sort. */
  order: PageOrder;
  /** Columns the user may sort by, each with the order that gives it. */
  sorts: Record<string, PageOrder>;
  search: ViewSearch;
}

const col = (name: string, type: BrowseColumn['type'], sql = `t.${name}`, mask?: Masker): ViewColumn =>
  mask ? { name, type, sql, mask } : { name, type, sql };

/** An order on a key the index keeps unique. */
const unique = (...keys: string[]): PageOrder => ({ keys, keyset: true });
/** An order on an indexed column, its ties in the index's rowid order. */
const indexed = (column: string, nullable = false): PageOrder => ({ keys: [column, 't.rowid'], keyset: !nullable });
/** A small table: every column sortable (a sort of a few thousand rows), paged by offset. */
const everyColumn = (columns: ViewColumn[]): Record<string, PageOrder> =>
  Object.fromEntries(columns.map((c) => [c.name, { keys: [c.sql, 't.rowid'], keyset: false }]));

const customerOfMeter = '(SELECT m.customer_id FROM meters m WHERE m.meter_id = t.meter_id)';

const customers: BrowseView = {
  table: 'customers',
  columns: [
    col('customer_id', 'text'),
    col('name', 'text', 't.name', maskName),
    col('address', 'text', 't.address', maskAddress),
    col('phone', 'text', 't.phone', maskPhone),
    col('id_number', 'text', 't.id_number', maskIdNumber),
    col('category', 'text'),
    col('category_raw', 'text'),
    col('industry', 'text'),
    col('voltage', 'text'),
    col('contract_kva', 'number'),
    col('supply_unit', 'text'),
    col('area_id', 'text'),
    col('feeder_id', 'text'),
    col('meter_id', 'text', '(SELECT group_concat(m.meter_id) FROM meters m WHERE m.customer_id = t.customer_id)'),
    col('open_day', 'date'),
    col('prepaid', 'number'),
    col('tariff', 'text'),
  ],
  order: unique('t.customer_id'),
  sorts: { customer_id: unique('t.customer_id'), area_id: indexed('t.area_id', true) },
  search: { by: 'prefix', columns: ['t.customer_id', 't.area_id'], personal: ['t.name', 't.phone', 't.id_number'] },
};

const areaColumns = [col('area_id', 'text'), col('name', 'text'), col('feeder_id', 'text'), col('capacity_kva', 'number'), col('supply_unit', 'text')];

const inspectionColumns = [
  col('customer_id', 'text'),
  col('day', 'date'),
  col('outcome', 'text'),
  col('outcome_raw', 'text'),
  col('back_kwh', 'number'),
  col('back_yuan', 'number'),
  col('penalty_yuan', 'number'),
];

export const views: Record<DataKind, BrowseView> = {
  customers,
  areas: {
    table: 'areas',
    columns: areaColumns,
    order: unique('t.area_id'),
    sorts: everyColumn(areaColumns),
    search: { by: 'substring', columns: ['t.area_id', 't.name', 't.feeder_id'] },
  },
  interval: {
    table: 'interval_load',
    columns: [
      col('meter_id', 'text'),
      col('customer_id', 'text', customerOfMeter),
      col('day', 'date'),
      col('points', 'number'),
      col('kwh', 'number'),
      col('peak_kw', 'number'),
      col('missing', 'number'),
    ],
    order: unique('t.meter_id', 't.day'),
    sorts: { meter_id: unique('t.meter_id', 't.day'), day: indexed('t.day') },
    search: { by: 'prefix', columns: ['t.meter_id'] },
  },
  daily: {
    table: 'daily_energy',
    columns: [
      col('meter_id', 'text'),
      col('customer_id', 'text', customerOfMeter),
      col('month', 'month'),
      col('days', 'number'),
      col('total_kwh', 'number'),
      col('kwh_per_day', 'number', 'CASE WHEN t.days > 0 THEN t.total_kwh / t.days END'),
      col('registers', 'number'),
      col('multiplier', 'number'),
    ],
    order: unique('t.meter_id', 't.month'),
    sorts: { meter_id: unique('t.meter_id', 't.month'), month: indexed('t.month') },
    search: { by: 'prefix', columns: ['t.meter_id'] },
  },
  'area-supply': {
    table: 'area_supply',
    columns: [
      col('area_id', 'text'),
      col('day', 'date'),
      col('supplied_kwh', 'number'),
      col('sold_kwh', 'number'),
      col('loss_rate', 'number', 'CASE WHEN t.supplied_kwh > 0 AND t.sold_kwh IS NOT NULL THEN (t.supplied_kwh - t.sold_kwh) / t.supplied_kwh END'),
    ],
    order: unique('t.area_id', 't.day'),
    sorts: { area_id: unique('t.area_id', 't.day') },
    search: { by: 'prefix', columns: ['t.area_id'] },
  },
  bills: {
    table: 'bills',
    columns: [
      col('customer_id', 'text'),
      col('month', 'month'),
      col('kwh', 'number'),
      col('billed_yuan', 'number'),
      col('due_day', 'date'),
      col('paid_yuan', 'number'),
      col('paid_day', 'date'),
      col('channel', 'text'),
      col('arrears_yuan', 'number'),
      col('late_fee_yuan', 'number'),
    ],
    order: unique('t.customer_id', 't.month'),
    sorts: { customer_id: unique('t.customer_id', 't.month'), month: indexed('t.month'), arrears_yuan: indexed('t.arrears_yuan') },
    search: { by: 'prefix', columns: ['t.customer_id'] },
  },
  events: {
    table: 'meter_events',
    columns: [col('meter_id', 'text'), col('type', 'text'), col('type_raw', 'text'), col('start_ts', 'datetime'), col('end_ts', 'datetime')],
    order: indexed('t.start_ts'),
    // The primary key: two events of a meter that start together differ in the file's text of their type.
    sorts: { start_ts: indexed('t.start_ts'), meter_id: unique('t.meter_id', 't.type_raw', 't.start_ts') },
    search: { by: 'prefix', columns: ['t.meter_id'] },
  },
  weather: {
    table: 'weather',
    columns: [col('station', 'text'), col('ts', 'datetime'), col('temperature', 'number'), col('humidity', 'number'), col('precipitation', 'number')],
    order: unique('t.station', 't.ts'),
    sorts: { station: unique('t.station', 't.ts') },
    search: { by: 'prefix', columns: ['t.station'] },
  },
  tickets: {
    table: 'tickets',
    columns: [
      col('ticket_id', 'text'),
      col('customer_id', 'text'),
      col('ts', 'datetime'),
      col('channel', 'text'),
      col('type', 'text'),
      col('text', 'text'),
      col('satisfaction', 'number'),
      col('handling_hours', 'number'),
    ],
    order: indexed('t.ts'),
    sorts: { ts: indexed('t.ts'), ticket_id: unique('t.ticket_id'), customer_id: indexed('t.customer_id', true) },
    search: { by: 'prefix', columns: ['t.ticket_id', 't.customer_id'] },
  },
  inspections: {
    table: 'inspections',
    columns: inspectionColumns,
    order: unique('t.customer_id', 't.day'),
    sorts: everyColumn(inspectionColumns),
    search: { by: 'substring', columns: ['t.customer_id', 't.outcome'] },
  },
};
