// How each dated data kind is counted for the catalog: per entity (meter, customer, area,
// station) and month, the stored rows, the values present and the first and last day.
// `unitsPerDay` is what one entity should deliver per day (96 points of a curve, one daily
// value); kinds without an expected rhythm (bills, events, ...) leave gaps unmeasured.
import type { DataKind } from '../api/types.js';
import type { Db } from '../store/database.js';
import { DAYS_PER_MONTH_ROW, SOURCE_NONE } from '../store/series.js';
import { lastDayOf, type Day, type Month } from '../core/calendar.js';
import type { DaySpan } from './range.js';

export interface Tally {
  /** null: a row that names no entity (a ticket without a customer number). */
  entity: string | null;
  month: Month;
  rows: number;
  present: number;
  first: Day;
  last: Day;
  unitsPerDay: number;
}

export type EntityKind = 'meter' | 'customer' | 'area' | 'station';

export interface TallySource {
  entity: EntityKind;
  /** Whether missing values are measured over each entity's span (first to last day). */
  measuresGaps: boolean;
  tally(db: Db, days: DaySpan): Iterable<Tally>;
}

type Row = [entity: string | null, month: Month, rows: number, present: number, first: Day, last: Day, units: number];

function* fromRows(rows: Iterable<unknown>): Iterable<Tally> {
  for (const [entity, month, n, present, first, last, unitsPerDay] of rows as Iterable<Row>) {
    yield { entity, month, rows: n, present, first, last, unitsPerDay };
  }
}

/** A grouped SQL tally; the statement takes the first and last day of the span as its two parameters. */
function grouped(entity: EntityKind, measuresGaps: boolean, sql: string): TallySource {
  return {
    entity,
    measuresGaps,
    tally: (db, days) => fromRows(db.prepare(sql).raw(true).iterate(days.from, days.to)),
  };
}

const intervalColumns = 'meter_id, day / 100, COUNT(*), SUM(points - missing), MIN(day), MAX(day), MAX(points)';

/**
 * Curves are the bulk of a workspace, so the access path matters. Reading the span's rows
 * through the day index jumps around the table (an import writes meter by meter); collecting
 * their rowids first visits them in table order, at a cost that follows the span's rows. When
 * the span holds most of the table, one sequential pass is cheaper still.
 */
const interval: TallySource = {
  entity: 'meter',
  measuresGaps: true,
  tally(db, days) {
    const inSpan = db.prepare('SELECT COUNT(*) FROM interval_load WHERE day BETWEEN ? AND ?').pluck().get(days.from, days.to) as number;
    const stored = (db.prepare('SELECT MAX(rowid) FROM interval_load').pluck().get() as number | null) ?? 0;
    const sql =
      inSpan * 2 >= stored
        ? `SELECT ${intervalColumns} FROM interval_load NOT INDEXED WHERE day BETWEEN ? AND ? GROUP BY 1, 2`
        : `SELECT ${intervalColumns} FROM interval_load
            WHERE rowid IN (SELECT rowid FROM interval_load WHERE day BETWEEN ? AND ?) GROUP BY 1, 2`;
    return fromRows(db.prepare(sql).raw(true).iterate(days.from, days.to));
  },
};

const areaSupply = grouped(
  'area',
  true,
  `SELECT area_id, day / 100, COUNT(*), COUNT(*), MIN(day), MAX(day), 1
     FROM area_supply WHERE day BETWEEN ? AND ? GROUP BY 1, 2`,
);

const events = grouped(
  'meter',
  false,
  `SELECT meter_id, start_ts / 1000000, COUNT(*), COUNT(*), MIN(start_ts) / 10000, MAX(start_ts) / 10000, 0
     FROM meter_events WHERE start_ts BETWEEN ? * 10000 AND ? * 10000 + 2359 GROUP BY 1, 2`,
);

const weather = grouped(
  'station',
  false,
  `SELECT station, ts / 1000000, COUNT(*), COUNT(temperature), MIN(ts) / 10000, MAX(ts) / 10000, 0
     FROM weather WHERE ts BETWEEN ? * 10000 AND ? * 10000 + 2359 GROUP BY 1, 2`,
);

const tickets = grouped(
  'customer',
  false,
  `SELECT customer_id, ts / 1000000, COUNT(*), COUNT(*), MIN(ts) / 10000, MAX(ts) / 10000, 0
     FROM tickets WHERE ts BETWEEN ? * 10000 AND ? * 10000 + 2359 GROUP BY 1, 2`,
);

const inspections = grouped(
  'customer',
  false,
  `SELECT customer_id, day / 100, COUNT(*), COUNT(*), MIN(day), MAX(day), 0
     FROM inspections WHERE day BETWEEN ? AND ? GROUP BY 1, 2`,
);

/** Bills are monthly: a bill covers its whole billing month. */
const bills: TallySource = {
  entity: 'customer',
  measuresGaps: false,
  *tally(db, days) {
    const rows = db
      .prepare('SELECT customer_id, month FROM bills WHERE month BETWEEN ? AND ?')
      .raw(true)
      .iterate(Math.floor(days.from / 100), Math.floor(days.to / 100)) as Iterable<[string, Month]>;
    for (const [entity, month] of rows) {
      yield { entity, month, rows: 1, present: 1, first: month * 100 + 1, last: lastDayOf(month), unitsPerDay: 0 };
    }
  },
};

/**
 * Daily consumption is stored a meter-month per row; the catalog counts meter-days with a value
 * (what an analyst imported), and the first and last of them come from the row's source flags.
 */
const daily: TallySource = {
  entity: 'meter',
  measuresGaps: true,
  *tally(db, days) {
    const rows = db
      .prepare('SELECT meter_id, month, days, source FROM daily_energy WHERE month BETWEEN ? AND ? AND days > 0')
      .raw(true)
      .iterate(Math.floor(days.from / 100), Math.floor(days.to / 100)) as Iterable<[string, Month, number, Uint8Array]>;
    for (const [entity, month, count, source] of rows) {
      let first = -1;
      let last = -1;
      for (let i = 0; i < DAYS_PER_MONTH_ROW; i++) {
        if (source[i] === SOURCE_NONE) continue;
        if (first < 0) first = i;
        last = i;
      }
      yield { entity, month, rows: count, present: count, first: month * 100 + first + 1, last: month * 100 + last + 1, unitsPerDay: 1 };
    }
  },
};

/** The kinds the catalog counts from dated rows (customers and areas are counted directly). */
export const tallySources = {
  interval,
  daily,
  'area-supply': areaSupply,
  bills,
  events,
  weather,
  tickets,
  inspections,
} satisfies Partial<Record<DataKind, TallySource>>;

export type TalliedKind = keyof typeof tallySources;

export function isTalliedKind(kind: DataKind): kind is TalliedKind {
  return kind in tallySources;
}
