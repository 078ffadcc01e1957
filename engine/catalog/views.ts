// What the data browser shows of each kind: columns (typed, personal ones masked), the key
// columns a search looks in, and the default order (the table's primary key or an index, so
// that paging walks an index). Column names are the store's own (the UI translates them).
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

export interface BrowseView {
  table: string;
  columns: ViewColumn[];
  /** Expressions a search looks in; personal ones only when the caller unmasks. */
  search: string[];
  personalSearch?: string[];
  /** Default order: an index of the table, so that a page is an index walk. */
  order: string;
}

const col = (name: string, type: BrowseColumn['type'], sql = `t.${name}`, mask?: Masker): ViewColumn =>
  mask ? { name, type, sql, mask } : { name, type, sql };

const customerOfMeter = '(SELECT m.customer_id FROM meters m WHERE m.meter_id = t.meter_id)';

export const views: Record<DataKind, BrowseView> = {
  customers: {
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
    search: ['t.customer_id', 't.area_id', 't.industry'],
    personalSearch: ['t.name', 't.address', 't.phone', 't.id_number'],
    order: 't.customer_id',
  },
  areas: {
    table: 'areas',
    columns: [col('area_id', 'text'), col('name', 'text'), col('feeder_id', 'text'), col('capacity_kva', 'number'), col('supply_unit', 'text')],
    search: ['t.area_id', 't.name', 't.feeder_id'],
    order: 't.area_id',
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
    search: ['t.meter_id'],
    order: 't.meter_id, t.day',
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
    search: ['t.meter_id'],
    order: 't.meter_id, t.month',
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
    search: ['t.area_id'],
    order: 't.area_id, t.day',
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
    search: ['t.customer_id'],
    order: 't.customer_id, t.month',
  },
  events: {
    table: 'meter_events',
    columns: [col('meter_id', 'text'), col('type', 'text'), col('type_raw', 'text'), col('start_ts', 'datetime'), col('end_ts', 'datetime')],
    search: ['t.meter_id', 't.type', 't.type_raw'],
    order: 't.start_ts',
  },
  weather: {
    table: 'weather',
    columns: [col('station', 'text'), col('ts', 'datetime'), col('temperature', 'number'), col('humidity', 'number'), col('precipitation', 'number')],
    search: ['t.station'],
    order: 't.station, t.ts',
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
    search: ['t.ticket_id', 't.customer_id', 't.type', 't.text'],
    order: 't.ts',
  },
  inspections: {
    table: 'inspections',
    columns: [
      col('customer_id', 'text'),
      col('day', 'date'),
      col('outcome', 'text'),
      col('outcome_raw', 'text'),
      col('back_kwh', 'number'),
      col('back_yuan', 'number'),
      col('penalty_yuan', 'number'),
    ],
    search: ['t.customer_id', 't.outcome'],
    order: 't.customer_id, t.day',
  },
};
