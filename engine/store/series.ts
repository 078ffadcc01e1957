// Encoding of the blob columns of interval_load and daily_energy (see migrations/m001_initial.ts).
// The import writers and the demo generator both store their series through these functions,
// so a demo workspace holds exactly what importing the same data would.
// Blobs are little-endian typed arrays; NaN marks a missing value.

/** interval_load.quality: a byte per point, 0 (ok) or QUALITY_MISSING; NULL when every point is present. */
const QUALITY_MISSING = 1;

/**
 * daily_energy.source values, by precedence: readings and given consumption beat the curve's
 * sum, which beats a spread. (migrations/m001_initial.ts lists 0-3; 4 came later and needs no
 * schema change: the column is a byte per day.)
 */
export const SOURCE_NONE = 0;
export const SOURCE_READING = 1;
export const SOURCE_CONSUMPTION = 2;
export const SOURCE_INTERVAL = 3;
/**
 * Spread over missing readings: readings on days a and b, 2 to 31 days apart with none
 * between, their difference shared evenly by days a..b-1 (engine/import/writers/readingGaps.ts).
 * An estimate of each day, exact over the gap; a day's own measurement replaces it.
 */
export const SOURCE_SPREAD = 4;

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

/** The columns of one interval_load row (a meter-day), ready to bind. */
export interface CurveColumns {
  points: number;
  /** Energy of the day in kWh (null when every point is missing). */
  kwh: number | null;
  peakKw: number | null;
  missing: number;
  /** A view of the curve's bytes: bind it before the curve changes (better-sqlite3 copies on binding). */
  kw: Buffer;
  quality: Buffer | null;
}

/** One meter-day curve of average kW values (NaN = missing) in its stored form. */
export function encodeCurve(kw: Float32Array): CurveColumns {
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
  return {
    points: kw.length,
    // Missing points are not guessed here: the day's energy scales the present points up to the whole day.
    kwh: present === 0 ? null : (sum * hoursPerPoint * kw.length) / present,
    peakKw: present === 0 ? null : peak,
    missing,
    kw: Buffer.from(kw.buffer, kw.byteOffset, kw.byteLength),
    quality: qualityOf(kw, missing),
  };
}

/** A quality byte per point, or null when every point is present (the usual case costs nothing). */
function qualityOf(kw: Float32Array, missing: number): Buffer | null {
  if (missing === 0) return null;
  const quality = new Uint8Array(kw.length);
  for (let i = 0; i < kw.length; i++) if (Number.isNaN(kw[i]!)) quality[i] = QUALITY_MISSING;
  return toBlob(quality);
}

/** One meter-month of daily_energy, decoded. */
export interface MonthSeries {
  /** Consumption per day of month (index 0 is the 1st), NaN = unknown. */
  kwh: Float64Array;
  /** SOURCE_* per day of month. */
  source: Uint8Array;
  /** 0 none, 1 total, 5 total and time-of-use registers */
  registers: number;
  /** Day-major: the reading of register r on day d is readings[d * registers + r]; null without readings. */
  readings: Float64Array | null;
  multiplier: number | null;
}

/** daily_energy's series columns as SQLite returns them. */
export interface StoredMonth {
  kwh: Uint8Array;
  source: Uint8Array;
  registers: number;
  readings: Uint8Array | null;
  multiplier: number | null;
}

/** The columns of one daily_energy row, ready to bind, with the day count and total they imply. */
export interface MonthColumns {
  kwh: Buffer;
  source: Buffer;
  registers: number;
  readings: Buffer | null;
  multiplier: number | null;
  /** Days with a consumption value. */
  days: number;
  total: number;
}

/** A month with every day unknown. */
export function emptyMonth(): MonthSeries {
  return {
    kwh: new Float64Array(DAYS_PER_MONTH_ROW).fill(Number.NaN),
    source: new Uint8Array(DAYS_PER_MONTH_ROW),
    registers: 0,
    readings: null,
    multiplier: null,
  };
}

/** Gives a month room for `registers` readings a day (at least), keeping those it has. */
export function widenReadings(month: MonthSeries, registers: number): void {
  if (month.readings && month.registers >= registers) return;
  const wider = new Float64Array(DAYS_PER_MONTH_ROW * registers).fill(Number.NaN);
  if (month.readings) {
    for (let d = 0; d < DAYS_PER_MONTH_ROW; d++) {
      for (let r = 0; r < month.registers; r++) wider[d * registers + r] = month.readings[d * month.registers + r]!;
    }
  }
  month.readings = wider;
  month.registers = registers;
}

/** A stored month as arrays of its own (the row's buffers are not kept). */
export function decodeMonth(stored: StoredMonth): MonthSeries {
  return {
    kwh: new Float64Array(float64FromBlob(stored.kwh)),
    source: new Uint8Array(stored.source),
    registers: stored.registers,
    readings: stored.readings && stored.registers > 0 ? new Float64Array(float64FromBlob(stored.readings)) : null,
    multiplier: stored.multiplier,
  };
}

export function encodeMonth(series: MonthSeries): MonthColumns {
  let days = 0;
  let total = 0;
  for (let i = 0; i < series.kwh.length; i++) {
    const v = series.kwh[i]!;
    if (!Number.isNaN(v)) {
      days++;
      total += v;
    }
  }
  return {
    kwh: toBlob(series.kwh),
    source: toBlob(series.source),
    registers: series.registers,
    readings: series.readings ? toBlob(series.readings) : null,
    multiplier: series.multiplier,
    days,
    total,
  };
}

/**
 * Energy of a day from frozen readings: the register at 00:00 of the next day minus the day's,
 * times the meter multiplier (综合倍率). NaN when either reading is unknown.
 */
export function consumptionFromReadings(today: number, tomorrow: number, multiplier: number): number {
  return (tomorrow - today) * multiplier;
}
