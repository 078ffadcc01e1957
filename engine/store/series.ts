// Encoding of the blob columns of interval_load and daily_energy (see migrations/m001_initial.ts).
// Blobs are little-endian typed arrays; NaN marks a missing value.

export const QUALITY_OK = 0;
export const QUALITY_MISSING = 1;
export const QUALITY_ESTIMATED = 2;

/** daily_energy.source values, by precedence: readings and given consumption beat the curve's sum. */
export const SOURCE_NONE = 0;
export const SOURCE_READING = 1;
export const SOURCE_CONSUMPTION = 2;
export const SOURCE_INTERVAL = 3;

export const DAYS_PER_MONTH_ROW = 31;
/** Registers of a frozen reading, in blob order. */
export const REGISTERS = ['total', 'sharp', 'peak', 'flat', 'valley'] as const;

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
if (!littleEndian) throw new Error('The workspace format assumes a little-endian machine');

/** A copy of the array's bytes as a Buffer, ready to bind as a BLOB. */
export function toBlob(values: Float32Array | Float64Array | Uint8Array): Buffer {
  return Buffer.from(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength));
}

/** Views a BLOB as Float32 (copying when the buffer is not 4-byte aligned). */
export function float32FromBlob(blob: Uint8Array): Float32Array {
  if (blob.byteOffset % 4 === 0) return new Float32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4);
  return new Float32Array(blob.slice().buffer);
}

export function float64FromBlob(blob: Uint8Array): Float64Array {
  if (blob.byteOffset % 8 === 0) return new Float64Array(blob.buffer, blob.byteOffset, blob.byteLength / 8);
  return new Float64Array(blob.slice().buffer);
}

export interface CurveSummary {
  /** Energy of the day in kWh (null when every point is missing). */
  kwh: number | null;
  peakKw: number | null;
  missing: number;
}

/** Energy, peak and missing count of one meter-day curve of average kW values. */
export function summariseCurve(kw: Float32Array): CurveSummary {
  const hoursPerPoint = 24 / kw.length;
  let sum = 0;
  let peak = -Infinity;
  let missing = 0;
  for (let i = 0; i < kw.length; i++) {
    const v = kw[i]!;
    if (Number.isNaN(v)) {
      missing++;
      continue;
    }
    sum += v;
    if (v > peak) peak = v;
  }
  const present = kw.length - missing;
  if (present === 0) return { kwh: null, peakKw: null, missing };
  // Missing points are not guessed here: the day's energy scales the present points up to the whole day.
  return { kwh: (sum * hoursPerPoint * kw.length) / present, peakKw: peak, missing };
}

/** A fresh month row: every day unknown. */
export function emptyMonth(): { kwh: Float64Array; source: Uint8Array } {
  return { kwh: new Float64Array(DAYS_PER_MONTH_ROW).fill(Number.NaN), source: new Uint8Array(DAYS_PER_MONTH_ROW) };
}

export function monthTotals(kwh: Float64Array): { days: number; total: number } {
  let days = 0;
  let total = 0;
  for (let i = 0; i < kwh.length; i++) {
    const v = kwh[i]!;
    if (!Number.isNaN(v)) {
      days++;
      total += v;
    }
  }
  return { days, total };
}
