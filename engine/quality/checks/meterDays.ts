// What the curve and daily-consumption checks share, per meter once its rows are read: days
// missing inside the meter's own span, and days whose energy lies outside its robust bounds.
import type { DataKind } from '../../api/types.js';
import { addDays, daysBetween, type Day } from '../../core/calendar.js';
import type { Findings } from '../findings.js';
import { robustBounds } from '../robust.js';

export interface MeterDays {
  meter: string;
  /** Days with data, ascending. */
  days: Day[];
  /** Each day's energy (kWh); NaN where the day is incomplete and not judged. */
  kwh: number[];
}

/** Days between the meter's first and last day with no data at all. */
export function addMissingDays(findings: Findings, kind: DataKind, meter: MeterDays, expectedPerDay: number | null): void {
  for (let i = 1; i < meter.days.length; i++) {
    const gap = daysBetween(meter.days[i - 1]!, meter.days[i]!);
    for (let d = 1; d < gap; d++) {
      findings.add({ kind, code: 'missing_days', entity: meter.meter, day: addDays(meter.days[i - 1]!, d), value: null, expected: expectedPerDay, detail: null }, 1);
    }
  }
}

/** Days above median + k × MAD or below median − k × MAD of the meter's complete days. */
export function addOutlierDays(findings: Findings, kind: DataKind, meter: MeterDays, k: number): void {
  const judged = meter.kwh.filter((v) => Number.isFinite(v));
  const bounds = robustBounds(Float64Array.from(judged), k);
  if (!bounds) return;
  meter.kwh.forEach((kwh, i) => {
    if (!Number.isFinite(kwh)) return;
    const day = meter.days[i]!;
    if (kwh > bounds.high) findings.add({ kind, code: 'outlier_high', entity: meter.meter, day, value: kwh, expected: round(bounds.high), detail: `median ${round(bounds.median)}` }, 1);
    else if (kwh < bounds.low) findings.add({ kind, code: 'outlier_low', entity: meter.meter, day, value: kwh, expected: round(bounds.low), detail: `median ${round(bounds.median)}` }, 1);
  });
}

const round = (value: number) => Math.round(value * 1000) / 1000;
