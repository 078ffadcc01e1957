// Interval curves (interval_load, a row per meter and day): curve days with missing intervals,
// days missing inside each meter's span, negative points, peaks above what the contract capacity
// carries, and days whose energy is an outlier for the meter. One pass in meter and day order.
import { type CheckContext, meterCapacities, STEP_ROWS } from './context.js';
import { addMissingDays, addOutlierDays, type MeterDays } from './meterDays.js';

interface CurveRow {
  meter: string;
  day: number;
  points: number;
  missing: number;
  kwh: number | null;
  peak: number | null;
  kw: Buffer;
  quality: Buffer | null;
}

/** The smallest point that counts (a missing point is stored as NaN, or flagged in quality). */
function lowestPoint(row: CurveRow): number {
  const values = new Float32Array(row.kw.buffer, row.kw.byteOffset, row.kw.byteLength / 4);
  let lowest = Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lowest && !(row.quality && row.quality[i] === 1)) lowest = v;
  }
  return lowest;
}

export function checkIntervalCurves(ctx: CheckContext): void {
  const { db, findings, options } = ctx;
  const total = (db.prepare('SELECT count(*) FROM interval_load').pluck().get() as number) || 1;
  const capacities = meterCapacities(db);
  const rows = db
    .prepare('SELECT meter_id AS meter, day, points, missing, kwh, peak_kw AS peak, kw, quality FROM interval_load ORDER BY meter_id, day')
    .iterate() as IterableIterator<CurveRow>;
  let current = null as MeterDays | null;
  let points = 96;
  const finish = (meter: MeterDays | null) => {
    if (!meter) return;
    addMissingDays(findings, 'interval', meter, points);
    addOutlierDays(findings, 'interval', meter, options.madK);
  };
  let read = 0;
  try {
    for (const row of rows) {
      if (current?.meter !== row.meter) {
        finish(current);
        current = { meter: row.meter, days: [], kwh: [] };
      }
      points = row.points;
      current.days.push(row.day);
      // Only complete days are judged against the meter's others: a day with gaps reads low.
      current.kwh.push(row.missing === 0 && row.kwh !== null ? row.kwh : NaN);
      if (row.missing > 0) findings.add({ kind: 'interval', code: 'missing_points', entity: row.meter, day: row.day, value: row.missing, expected: row.points, detail: null });
      const lowest = lowestPoint(row);
      if (lowest < 0) findings.add({ kind: 'interval', code: 'negative', entity: row.meter, day: row.day, value: lowest, expected: 0, detail: 'kW' }, 1);
      const kva = capacities.get(row.meter);
      if (kva !== undefined && row.peak !== null && row.peak > kva * options.capacityFactor) {
        findings.add({ kind: 'interval', code: 'above_capacity', entity: row.meter, day: row.day, value: row.peak, expected: kva * options.capacityFactor, detail: `${kva} kVA` }, 1);
      }
      if (++read % STEP_ROWS === 0) ctx.step(read / total, `${read} of ${total} curve days`);
    }
  } finally {
    (rows as Generator).return?.(undefined);
  }
  finish(current);
}
