// Daily consumption (daily_energy, a row per meter and month with a value per day): days
// missing inside each meter's span, negative days, days above what the contract capacity can
// deliver in 24 hours, outlier days, and frozen readings going backwards from one stored day to
// the next (the import refuses a drop inside one file; files imported apart can still disagree).
import { dayFromParts, daysInMonth, formatDay, type Day } from '../../core/calendar.js';
import { type CheckContext, meterCapacities, STEP_ROWS } from './context.js';
import { addMissingDays, addOutlierDays, type MeterDays } from './meterDays.js';

interface MonthRow {
  meter: string;
  month: number;
  kwh: Buffer;
  registers: number;
  readings: Buffer | null;
}

/** The blob's doubles, in place where SQLite's copy is aligned for them (it is, but a view must not assume it). */
const float64 = (blob: Buffer) =>
  blob.byteOffset % 8 === 0 ? new Float64Array(blob.buffer, blob.byteOffset, blob.byteLength / 8) : new Float64Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));

export function checkDailyConsumption(ctx: CheckContext): void {
  const { db, findings, options } = ctx;
  const total = (db.prepare('SELECT count(*) FROM daily_energy').pluck().get() as number) || 1;
  const capacities = meterCapacities(db);
  const rows = db.prepare('SELECT meter_id AS meter, month, kwh, registers, readings FROM daily_energy ORDER BY meter_id, month').iterate() as IterableIterator<MonthRow>;
  let current = null as MeterDays | null;
  let lastReading: { day: Day; value: number } | null = null;
  const finish = (meter: MeterDays | null) => {
    if (!meter) return;
    addMissingDays(findings, 'daily', meter, null);
    addOutlierDays(findings, 'daily', meter, options.madK);
  };
  let read = 0;
  try {
    for (const row of rows) {
      if (current?.meter !== row.meter) {
        finish(current);
        current = { meter: row.meter, days: [], kwh: [] };
        lastReading = null;
      }
      const year = Math.floor(row.month / 100);
      const monthOfYear = row.month % 100;
      const values = float64(row.kwh);
      const readings = row.registers > 0 && row.readings ? float64(row.readings) : null;
      const kva = capacities.get(row.meter);
      const limit = kva === undefined ? Infinity : kva * 24 * options.capacityFactor;
      for (let d = 0; d < daysInMonth(year, monthOfYear); d++) {
        const day = dayFromParts(year, monthOfYear, d + 1);
        const kwh = values[d]!;
        if (Number.isFinite(kwh)) {
          current.days.push(day);
          current.kwh.push(kwh);
          if (kwh < 0) findings.add({ kind: 'daily', code: 'negative', entity: row.meter, day, value: kwh, expected: 0, detail: 'kWh' }, 1);
          else if (kwh > limit) findings.add({ kind: 'daily', code: 'above_capacity', entity: row.meter, day, value: kwh, expected: limit, detail: `${kva} kVA × 24 h` }, 1);
        }
        const register = readings ? readings[d * row.registers]! : NaN;
        if (Number.isFinite(register)) {
          if (lastReading && register < lastReading.value) {
            const drop = lastReading.value - register;
            findings.add({ kind: 'daily', code: 'backwards', entity: row.meter, day, value: drop, expected: lastReading.value, detail: `${register} after ${lastReading.value} on ${formatDay(lastReading.day)}` }, 1);
          }
          lastReading = { day, value: register };
        }
      }
      if (++read % STEP_ROWS === 0) ctx.step(read / total, `${read} of ${total} meter-months`);
    }
  } finally {
    (rows as Generator).return?.(undefined);
  }
  finish(current);
}
