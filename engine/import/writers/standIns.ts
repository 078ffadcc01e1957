// Data keyed by customer number that arrives before the archive names the customer's meter is
// kept under a stand-in: a meter numbered like its customer, linked to that number and flagged
// (meters.stand_in; set where directories.ts creates one, cleared when an archive names the
// meter, so a real meter numbered like its customer is never merged away). Once an archive
// gives the customer a meter of its own, the stand-in's rows move onto that meter (the first
// by number, the one customer-keyed data goes to from then on) and the stand-in is removed, so
// that importing the same file again finds its rows there and skips them instead of counting
// the energy twice. Where both hold a day, the real meter's data wins. Runs at the end of an
// archive import, inside its transaction.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { DataKind } from '../../api/types.js';
import type { Db } from '../../store/database.js';
import { decodeMonth, encodeMonth, SOURCE_NONE, widenReadings, type StoredMonth } from '../../store/series.js';
import { FlushProgress, type Checkpoint } from './flushProgress.js';
import { MultiplierChange } from './rescale.js';

interface StandIn {
  standIn: string;
  multiplier: number;
  /** The customer's meter it merges into. */
  meter: string;
  meterMultiplier: number;
}

export class StandInMerge {
  private readonly find: Statement;
  private readonly moveMonths: Statement;
  private readonly monthsLeft: Statement;
  private readonly monthOf: Statement;
  private readonly saveMonth: Statement;
  private readonly moveCurves: Statement;
  private readonly moveEvents: Statement;
  private readonly remove: Statement[];
  private readonly multiplierChange: MultiplierChange;

  constructor(
    db: Db,
    private readonly importId: number,
  ) {
    this.multiplierChange = new MultiplierChange(db, importId);
    this.find = db.prepare(
      `SELECT s.meter_id AS standIn, s.multiplier, m.meter_id AS meter, m.multiplier AS meterMultiplier
         FROM meters s
         JOIN meters m ON m.meter_id = (SELECT MIN(o.meter_id) FROM meters o WHERE o.customer_id = s.customer_id AND o.stand_in = 0)
        WHERE s.stand_in = 1`,
    );
    this.moveMonths = db.prepare(
      `UPDATE daily_energy SET meter_id = @meter
        WHERE meter_id = @standIn AND month NOT IN (SELECT month FROM daily_energy WHERE meter_id = @meter)`,
    );
    this.monthsLeft = db.prepare('SELECT month, kwh, source, registers, readings, multiplier FROM daily_energy WHERE meter_id = ?');
    this.monthOf = db.prepare(
      'SELECT kwh, source, registers, readings, multiplier FROM daily_energy WHERE meter_id = ? AND month = ?',
    );
    this.saveMonth = db.prepare(
      `UPDATE daily_energy SET kwh = ?, source = ?, registers = ?, readings = ?, multiplier = ?, days = ?, total_kwh = ?, import_id = ?
        WHERE meter_id = ? AND month = ?`,
    );
    this.moveCurves = db.prepare(
      `INSERT INTO interval_load (meter_id, day, points, kwh, peak_kw, missing, kw, quality, import_id)
       SELECT @meter, day, points, kwh, peak_kw, missing, kw, quality, import_id FROM interval_load WHERE meter_id = @standIn
       ON CONFLICT (meter_id, day) DO NOTHING`,
    );
    this.moveEvents = db.prepare(
      `INSERT INTO meter_events (meter_id, type, type_raw, start_ts, end_ts, import_id)
       SELECT @meter, type, type_raw, start_ts, end_ts, import_id FROM meter_events WHERE meter_id = @standIn
       ON CONFLICT (meter_id, type_raw, start_ts) DO NOTHING`,
    );
    // The group the stand-in was counted under goes too (engine/aggregates/groups.ts): a meter
    // of that number coming later is new to the aggregates, and an archive import that links it
    // must recount the group it joins, not find it counted there already.
    this.remove = ['daily_energy', 'interval_load', 'meter_events', 'meters', 'agg_meter_groups'].map((table) =>
      db.prepare(`DELETE FROM ${table} WHERE meter_id = ?`),
    );
  }

  /** Merges every stand-in whose customer now has a meter; returns the kinds whose rows moved. */
  run(checkpoint: Checkpoint): DataKind[] {
    const standIns = this.find.all() as StandIn[];
    const progress = new FlushProgress(checkpoint, standIns.length);
    const moved = new Set<DataKind>();
    for (const s of standIns) {
      // Readings were turned into energy with the stand-in's multiplier; the meter's applies now.
      if (s.multiplier !== s.meterMultiplier) this.multiplierChange.apply(s.standIn, s.multiplier, s.meterMultiplier);
      if (this.mergeMonths(s.standIn, s.meter)) moved.add('daily');
      this.moveCurves.run({ standIn: s.standIn, meter: s.meter });
      this.moveEvents.run({ standIn: s.standIn, meter: s.meter });
      // What is left under the stand-in has moved, or lost to the meter's own data.
      const [, curves, events] = this.remove.map((statement) => statement.run(s.standIn).changes);
      if (curves! > 0) moved.add('interval');
      if (events! > 0) moved.add('events');
      progress.step();
    }
    return [...moved];
  }

  /** Months the meter lacks move whole; in a month both have, the stand-in fills only the days the meter has no data for. */
  private mergeMonths(standIn: string, meter: string): boolean {
    const movedWhole = this.moveMonths.run({ standIn, meter }).changes;
    const shared = this.monthsLeft.all(standIn) as (StoredMonth & { month: number })[];
    for (const row of shared) {
      const from = decodeMonth(row);
      const into = decodeMonth(this.monthOf.get(meter, row.month) as StoredMonth);
      if (from.readings) widenReadings(into, from.registers);
      for (let d = 0; d < into.kwh.length; d++) {
        if (into.source[d] !== SOURCE_NONE || hasReading(into, d) || (from.source[d] === SOURCE_NONE && !hasReading(from, d))) continue;
        into.kwh[d] = from.kwh[d]!;
        into.source[d] = from.source[d]!;
        for (let r = 0; from.readings && r < from.registers; r++) into.readings![d * into.registers + r] = from.readings[d * from.registers + r]!;
      }
      into.multiplier ??= from.multiplier;
      const c = encodeMonth(into);
      this.saveMonth.run(c.kwh, c.source, c.registers, c.readings, c.multiplier, c.days, c.total, this.importId, meter, row.month);
    }
    return movedWhole > 0 || shared.length > 0;
  }
}

function hasReading(month: { readings: Float64Array | null; registers: number }, day: number): boolean {
  return month.readings !== null && !Number.isNaN(month.readings[day * month.registers]!);
}
