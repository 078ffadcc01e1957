// How each dated data kind is counted for the catalog: per month the stored rows, the values
// present and the first and last day; per entity (meter, customer, area, station) its first
// and last day and what it should deliver per day (`unitsPerDay`: 96 points of a curve, one
// daily value). Kinds without an expected rhythm (bills, events, ...) leave gaps unmeasured.
import type { DataKind } from '../api/types.js';
import type { Db } from '../store/database.js';
import { lastDayOf, type Day, type Month } from '../core/calendar.js';
import type { DaySpan } from './range.js';
import { rangeScan } from './access.js';

export interface MonthTally {
  month: Month;
  rows: number;
  /** Rows the data browser lists (engine/catalog/views.ts); `rows` but for daily consumption. */
  tableRows: number;
  present: number;
  first: Day;
  last: Day;
}

export interface EntitySpan {
  entity: string;
  first: Day;
  last: Day;
  unitsPerDay: number;
}

export interface Tallies {
  months: Iterable<MonthTally>;
  entities: Iterable<EntitySpan>;
}

export type EntityKind = 'meter' | 'customer' | 'area' | 'station';

export interface TallySource {
  entity: EntityKind;
  /** Whether missing values are measured over each entity's span (first to last day). */
  measuresGaps: boolean;
  tally(db: Db, days: DaySpan): Tallies;
}

/** Folds per entity-month figures into month tallies and entity spans. */
function fromEntityMonths(rows: Iterable<[string, Month, number, number, Day, Day, number]>): Tallies {
  const months = new Map<Month, MonthTally>();
  const entities = new Map<string, EntitySpan>();
  for (const [entity, month, n, present, first, last, unitsPerDay] of rows) {
    const m = months.get(month);
    if (!m) months.set(month, { month, rows: n, tableRows: n, present, first, last });
    else {
      m.rows += n;
      m.tableRows += n;
      m.present += present;
      if (first < m.first) m.first = first;
      if (last > m.last) m.last = last;
    }
    const e = entities.get(entity);
    if (!e) entities.set(entity, { entity, first, last, unitsPerDay });
    else {
      if (first < e.first) e.first = first;
      if (last > e.last) e.last = last;
      if (unitsPerDay > e.unitsPerDay) e.unitsPerDay = unitsPerDay;
    }
  }
  return { months: months.values(), entities: entities.values() };
}

const interval: TallySource = {
  entity: 'meter',
  measuresGaps: true,
  tally(db, days) {
    const scan = rangeScan(db, { table: 'interval_load', column: 'day' }, days);
    const rows = db
      .prepare(
        `SELECT meter_id, day / 100, COUNT(*), SUM(points - missing), MIN(day), MAX(day), MAX(points)
           FROM ${scan.from} WHERE ${scan.where} GROUP BY 1, 2`,
      )
      .raw(true)
      .all(days.from, days.to) as [string, Month, number, number, Day, Day, number][];
    return fromEntityMonths(rows);
  },
};

interface GroupedSpec {
  table: string;
  /** Expression of the row's day (yyyymmdd), or of its month for monthly kinds. */
  period: string;
  monthly?: boolean;
  entity: string;
  /** Values present in a group (what gaps are measured against). */
  present: string;
  unitsPerDay: number;
  /**
   * Condition on the span's first and last day (two parameters), given how to write its
   * column: '+' keeps SQLite from using the period index, so that the per-entity query
   * walks the primary key in entity order instead of sorting every row.
   */
  within: (prefix: '' | '+') => string;
}

/** Kinds counted by two grouped queries: per month, and per entity. */
function grouped(entity: EntityKind, measuresGaps: boolean, spec: GroupedSpec): TallySource {
  const monthOf = spec.monthly ? spec.period : `${spec.period} / 100`;
  const monthsSql = `SELECT ${monthOf} AS m, COUNT(*), ${spec.present}, MIN(${spec.period}), MAX(${spec.period})
                       FROM ${spec.table} WHERE ${spec.within('')} GROUP BY m`;
  const entitiesSql = `SELECT ${spec.entity}, MIN(${spec.period}), MAX(${spec.period})
                         FROM ${spec.table} WHERE ${spec.within('+')} AND ${spec.entity} IS NOT NULL GROUP BY 1`;
  // Monthly kinds cover whole months: a bill for March spans March 1st to 31st.
  const firstDay = (p: number) => (spec.monthly ? p * 100 + 1 : p);
  const lastDay = (p: number) => (spec.monthly ? lastDayOf(p) : p);
  return {
    entity,
    measuresGaps,
    tally(db, days) {
      const bounds = spec.monthly ? [Math.floor(days.from / 100), Math.floor(days.to / 100)] : [days.from, days.to];
      const months = (db.prepare(monthsSql).raw(true).all(...bounds) as [Month, number, number, number, number][]).map(
        ([month, rows, present, first, last]) => ({ month, rows, tableRows: rows, present, first: firstDay(first), last: lastDay(last) }),
      );
      const entities = (db.prepare(entitiesSql).raw(true).all(...bounds) as [string, number, number][]).map(([id, first, last]) => ({
        entity: id,
        first: firstDay(first),
        last: lastDay(last),
        unitsPerDay: spec.unitsPerDay,
      }));
      return { months, entities };
    },
  };
}

const dayWithin = (column: string) => (prefix: '' | '+') => `${prefix}${column} BETWEEN ? AND ?`;
const stampWithin = (column: string) => (prefix: '' | '+') => `${prefix}${column} BETWEEN ? * 10000 AND ? * 10000 + 2359`;

/**
 * The kinds the catalog counts from dated rows (customers and areas are counted directly).
 * Daily consumption is counted by the energy aggregate's pass (engine/aggregates/energy.ts).
 */
export const tallySources = {
  interval,
  'area-supply': grouped('area', true, {
    table: 'area_supply',
    period: 'day',
    entity: 'area_id',
    present: 'COUNT(*)',
    unitsPerDay: 1,
    within: dayWithin('day'),
  }),
  bills: grouped('customer', false, {
    table: 'bills',
    period: 'month',
    monthly: true,
    entity: 'customer_id',
    present: 'COUNT(*)',
    unitsPerDay: 0,
    within: dayWithin('month'),
  }),
  events: grouped('meter', false, {
    table: 'meter_events',
    period: 'start_ts / 10000',
    entity: 'meter_id',
    present: 'COUNT(*)',
    unitsPerDay: 0,
    within: stampWithin('start_ts'),
  }),
  weather: grouped('station', false, {
    table: 'weather',
    period: 'ts / 10000',
    entity: 'station',
    present: 'COUNT(temperature)',
    unitsPerDay: 0,
    within: stampWithin('ts'),
  }),
  tickets: grouped('customer', false, {
    table: 'tickets',
    period: 'ts / 10000',
    entity: 'customer_id',
    present: 'COUNT(*)',
    unitsPerDay: 0,
    within: stampWithin('ts'),
  }),
  inspections: grouped('customer', false, {
    table: 'inspections',
    period: 'day',
    entity: 'customer_id',
    present: 'COUNT(*)',
    unitsPerDay: 0,
    within: dayWithin('day'),
  }),
} satisfies Partial<Record<DataKind, TallySource>>;

export type TalliedKind = keyof typeof tallySources | 'daily';

/** What each counted kind's entities are, and whether its gaps are measured. */
export const ledgerKinds: Record<TalliedKind, { entity: EntityKind; measuresGaps: boolean }> = {
  ...tallySources,
  daily: { entity: 'meter', measuresGaps: true },
};

export function isTalliedKind(kind: DataKind): kind is TalliedKind {
  return kind in ledgerKinds;
}
