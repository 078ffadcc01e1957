// Consumption aggregates (agg_energy_monthly, agg_energy_daily) from daily_energy.
// Meters are attributed through meters -> customers; a meter without a customer (or a
// customer without an area) counts under area '' and category 'other', so totals always
// equal the raw data. The same pass counts the daily kind for the catalog: reading the
// day blobs is most of the cost, so they are read once. At a million meter-months the
// per-row work matters: groups are numbered and every meter is looked up once per row.
import type { Db } from '../store/database.js';
import { DAYS_PER_MONTH_ROW, float64FromBlob } from '../store/series.js';
import { daysInMonth, firstDayOf, lastDayOf, type Day, type Month } from '../core/calendar.js';
import type { MonthSpan } from './range.js';
import { rangeScan } from './access.js';
import type { EntitySpan, MonthTally, Tallies } from './tallies.js';

/** An (area, category) pair of agg_energy_monthly, numbered. */
interface Group {
  area: string;
  category: string;
}

interface MeterState {
  group: number;
  category: number;
  span: EntitySpan | null;
}

interface MonthCells {
  kwh: Float64Array; // per group
  meters: Int32Array; // per group
  dayKwh: Float64Array; // per category x day of month
  dayMeters: Int32Array;
  tally: MonthTally;
}

type SourceRow = [meterId: string, month: Month, kwh: Uint8Array, days: number, total: number];

class Attribution {
  readonly groups: Group[] = [];
  readonly categories: string[] = [];
  private readonly groupIds = new Map<string, number>();
  private readonly categoryIds = new Map<string, number>();
  private readonly meters = new Map<string, MeterState>();

  constructor(db: Db) {
    const rows = db
      .prepare(`SELECT m.meter_id, COALESCE(c.area_id, ''), c.category FROM meters m JOIN customers c ON c.customer_id = m.customer_id`)
      .raw(true)
      .iterate() as Iterable<[string, string, string]>;
    for (const [meter, area, category] of rows) this.meters.set(meter, this.state(area, category));
  }

  meter(meterId: string): MeterState {
    let state = this.meters.get(meterId);
    if (!state) this.meters.set(meterId, (state = this.state('', 'other')));
    return state;
  }

  spans(): EntitySpan[] {
    const out: EntitySpan[] = [];
    for (const state of this.meters.values()) if (state.span) out.push(state.span);
    return out;
  }

  private state(area: string, category: string): MeterState {
    const key = `${area}\u0000${category}`;
    let group = this.groupIds.get(key);
    if (group === undefined) {
      group = this.groups.length;
      this.groups.push({ area, category });
      this.groupIds.set(key, group);
    }
    let cat = this.categoryIds.get(category);
    if (cat === undefined) {
      cat = this.categories.length;
      this.categories.push(category);
      this.categoryIds.set(category, cat);
    }
    return { group, category: cat, span: null };
  }
}

/** Recomputes the months' consumption aggregates and returns the daily kind's tallies of those months. */
export function refreshEnergy(db: Db, months: MonthSpan): Tallies {
  const attribution = new Attribution(db);
  // Meters seen in the data but unknown to the archive may add groups while reading.
  const groupCapacity = () => attribution.groups.length + 1;
  const byMonth = new Map<Month, MonthCells>();
  const cellsOf = (month: Month): MonthCells => {
    let cells = byMonth.get(month);
    if (!cells) {
      const categories = Math.max(8, attribution.categories.length + 1);
      cells = {
        kwh: new Float64Array(groupCapacity()),
        meters: new Int32Array(groupCapacity()),
        dayKwh: new Float64Array(categories * DAYS_PER_MONTH_ROW),
        dayMeters: new Int32Array(categories * DAYS_PER_MONTH_ROW),
        tally: { month, rows: 0, tableRows: 0, present: 0, first: Number.MAX_SAFE_INTEGER, last: 0 },
      };
      byMonth.set(month, cells);
    }
    return cells;
  };

  const scan = rangeScan(db, { table: 'daily_energy', column: 'month' }, months);
  const rows = db.prepare(`SELECT meter_id, month, kwh, days, total_kwh FROM ${scan.from} WHERE ${scan.where} AND days > 0`).raw(true);
  for (const [meterId, month, blob, dayCount, total] of rows.iterate(months.from, months.to) as IterableIterator<SourceRow>) {
    const meter = attribution.meter(meterId);
    let cells = cellsOf(month);
    if (meter.group >= cells.kwh.length || meter.category * DAYS_PER_MONTH_ROW >= cells.dayKwh.length) cells = grow(cells, attribution);
    cells.kwh[meter.group]! += total;
    cells.meters[meter.group]! += 1;
    const kwh = float64FromBlob(blob);
    const base = meter.category * DAYS_PER_MONTH_ROW;
    let first = -1;
    let last = -1;
    for (let i = 0; i < DAYS_PER_MONTH_ROW; i++) {
      const v = kwh[i]!;
      if (Number.isNaN(v)) continue;
      cells.dayKwh[base + i]! += v;
      cells.dayMeters[base + i]! += 1;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) continue;
    tallyDays(cells.tally, meter, meterId, dayCount, month * 100 + first + 1, month * 100 + last + 1);
  }
  byMonth.forEach((cells, month) => byMonth.set(month, grow(cells, attribution)));

  db.prepare('DELETE FROM agg_energy_monthly WHERE month BETWEEN ? AND ?').run(months.from, months.to);
  db.prepare('DELETE FROM agg_energy_daily WHERE day BETWEEN ? AND ?').run(firstDayOf(months.from), lastDayOf(months.to));
  const insertMonth = db.prepare('INSERT INTO agg_energy_monthly (month, area_id, category, kwh, meters) VALUES (?, ?, ?, ?, ?)');
  const insertDay = db.prepare('INSERT INTO agg_energy_daily (day, category, kwh, meters) VALUES (?, ?, ?, ?)');
  for (const [month, cells] of byMonth) {
    attribution.groups.forEach((g, i) => {
      if (cells.meters[i]! > 0) insertMonth.run(month, g.area, g.category, cells.kwh[i]!, cells.meters[i]!);
    });
    const monthDays = daysInMonth(Math.floor(month / 100), month % 100);
    attribution.categories.forEach((category, c) => {
      for (let i = 0; i < monthDays; i++) {
        const slot = c * DAYS_PER_MONTH_ROW + i;
        if (cells.dayMeters[slot]! > 0) insertDay.run(month * 100 + i + 1, category, cells.dayKwh[slot]!, cells.dayMeters[slot]!);
      }
    });
  }
  return { months: [...byMonth.values()].map((c) => c.tally).filter((t) => t.rows > 0), entities: attribution.spans() };
}

/** Widens a month's arrays when meters unknown to the archive brought new groups. */
function grow(cells: MonthCells, attribution: Attribution): MonthCells {
  const groups = attribution.groups.length;
  const dayCells = attribution.categories.length * DAYS_PER_MONTH_ROW;
  if (cells.kwh.length >= groups && cells.dayKwh.length >= dayCells) return cells;
  const widen = <T extends Float64Array | Int32Array>(a: T, size: number, make: (n: number) => T): T => {
    if (a.length >= size) return a;
    const b = make(size * 2);
    b.set(a);
    return b;
  };
  return {
    kwh: widen(cells.kwh, groups, (n) => new Float64Array(n)),
    meters: widen(cells.meters, groups, (n) => new Int32Array(n)),
    dayKwh: widen(cells.dayKwh, dayCells, (n) => new Float64Array(n)),
    dayMeters: widen(cells.dayMeters, dayCells, (n) => new Int32Array(n)),
    tally: cells.tally,
  };
}

/**
 * The catalog counts meter-days with a value, the data browser the meter-month rows holding
 * them; a meter is expected to deliver a value per day of its span.
 */
function tallyDays(m: MonthTally, meter: MeterState, meterId: string, count: number, first: Day, last: Day): void {
  m.rows += count;
  m.tableRows += 1;
  m.present += count;
  if (first < m.first) m.first = first;
  if (last > m.last) m.last = last;
  const e = meter.span;
  if (!e) meter.span = { entity: meterId, first, last, unitsPerDay: 1 };
  else {
    if (first < e.first) e.first = first;
    if (last > e.last) e.last = last;
  }
}
