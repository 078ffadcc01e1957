// A small workspace written row by row for the forecast data layer's unit tests: an archive,
// curves of any number of points, daily consumption and weather, then the aggregates and the
// catalog ledger refreshed as an import leaves them.
import path from 'node:path';
import { refreshAll } from '../../../engine/aggregates/refresh.js';
import { addDays, daysBetween, firstDayOf, monthOf, type Day, type Stamp } from '../../../engine/core/calendar.js';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { SOURCE_CONSUMPTION, emptyMonth, encodeCurve, encodeMonth } from '../../../engine/store/series.js';
import { makeTempDir } from '../../helpers/tempDirs.js';

export interface CustomerRow {
  id: string;
  name?: string;
  area?: string | null;
  feeder?: string | null;
  unit?: string | null;
  category?: string;
  industry?: string | null;
  contractKva?: number | null;
}

export class TestWorkspace {
  readonly db: Db;

  constructor() {
    this.db = openWorkspaceDb(path.join(makeTempDir(), 'forecast.workbench'), { create: true });
  }

  feeder(id: string, name: string | null, unit: string | null): this {
    this.db.prepare('INSERT INTO feeders (feeder_id, name, supply_unit) VALUES (?, ?, ?)').run(id, name, unit);
    return this;
  }

  area(id: string, name: string | null, feeder: string | null, unit: string | null = null): this {
    this.db.prepare('INSERT INTO areas (area_id, name, feeder_id, supply_unit) VALUES (?, ?, ?, ?)').run(id, name, feeder, unit);
    return this;
  }

  customer(c: CustomerRow, meters: string[] = [`M${c.id}`]): this {
    this.db
      .prepare(
        `INSERT INTO customers (customer_id, name, area_id, feeder_id, supply_unit, category, industry, contract_kva)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.id, c.name ?? null, c.area ?? null, c.feeder ?? null, c.unit ?? null, c.category ?? 'residential', c.industry ?? null, c.contractKva ?? null);
    for (const m of meters) this.meter(m, c.id);
    return this;
  }

  /** A meter; customer null: unmatched. */
  meter(id: string, customer: string | null): this {
    this.db.prepare('INSERT INTO meters (meter_id, customer_id) VALUES (?, ?)').run(id, customer);
    return this;
  }

  /** One meter-day curve of average kW (NaN = missing point); its length is the points. */
  curve(meter: string, day: Day, kw: ArrayLike<number>): this {
    const c = encodeCurve(Float32Array.from(kw));
    this.db
      .prepare('INSERT INTO interval_load (meter_id, day, points, kwh, peak_kw, missing, kw, quality, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)')
      .run(meter, day, c.points, c.kwh, c.peakKw, c.missing, c.kw, c.quality);
    return this;
  }

  /** The same curve every day of [from, to), `kw(dayIndex)` giving each day's curve (null: no row). */
  curves(meter: string, from: Day, to: Day, kw: (d: number) => ArrayLike<number> | null): this {
    for (let d = 0; d < daysBetween(from, to); d++) {
      const values = kw(d);
      if (values) this.curve(meter, addDays(from, d), values);
    }
    return this;
  }

  /** Daily consumption (kWh) of the days given, as a consumption export writes it. */
  daily(meter: string, kwhByDay: ReadonlyMap<Day, number>): this {
    const months = new Map<number, ReturnType<typeof emptyMonth>>();
    for (const [day, kwh] of kwhByDay) {
      const month = monthOf(day);
      let row = months.get(month);
      if (!row) months.set(month, (row = emptyMonth()));
      const i = daysBetween(firstDayOf(month), day);
      row.kwh[i] = kwh;
      row.source[i] = SOURCE_CONSUMPTION;
    }
    const insert = this.db.prepare(
      `INSERT INTO daily_energy (meter_id, month, kwh, source, registers, readings, multiplier, days, total_kwh, import_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    );
    for (const [month, row] of months) {
      const c = encodeMonth(row);
      insert.run(meter, month, c.kwh, c.source, c.registers, c.readings, c.multiplier, c.days, c.total);
    }
    return this;
  }

  weather(station: string, observations: [Stamp, number][]): this {
    const insert = this.db.prepare('INSERT INTO weather (station, ts, temperature, import_id) VALUES (?, ?, ?, 1)');
    for (const [ts, t] of observations) insert.run(station, ts, t);
    return this;
  }

  /** Aggregates and catalog ledger, as after an import. */
  refresh(): this {
    this.db.transaction(() => refreshAll(this.db))();
    return this;
  }
}

/** `n` points of kW, each `f(point)`. */
export function points(n: number, f: (p: number) => number): number[] {
  return Array.from({ length: n }, (_, p) => f(p));
}
