// What the interval curves say about a unit's intraday shape, read in one pass over
// interval_load: per day, the flatness (mean over peak: 1 for a flat line, the signature of a
// meter reporting the day's mean) and the longest run of zero readings (a window cut out of the
// day); per week, the average share of the day's energy in each hour (for shape correlation and
// reversed days), and per day too when the timeline is too short for weeks (indicators/steps.ts).
// Days outside the timeline and curves of unknown meters are skipped.
import type { Db } from '../../store/database.js';
import { float32FromBlob } from '../../store/series.js';
import type { Timeline } from './timeline.js';
import { MIN_WEEKS, type WeekGrid } from '../series/weeks.js';

export const HOURS = 24;

export interface UnitCurves {
  /** mean / peak per day, NaN without a curve. */
  flatness: Float32Array;
  /** Longest run of zero readings per day as a share of the day, NaN without a curve. */
  zeroRun: Float32Array;
  /** Median |ln| of the ratio of successive non-zero readings per day (how far one reading jumps from the last), NaN without a curve. */
  jitter: Float32Array;
  /** Sum over the week's days of each hour's share of the day's energy: week w, hour h at w * 24 + h. */
  weekShape: Float64Array;
  /** Days summed into each week's shape. */
  weekDays: Float64Array;
  /** Each hour's share of the day's energy, day i, hour h at i * 24 + h (NaN without a curve); only on timelines of under MIN_WEEKS weeks. */
  dayShape: Float32Array | null;
}

export function loadCurves(db: Db, line: Timeline, grid: WeekGrid, unitOfMeter: Map<string, number>): Map<number, UnitCurves> {
  const curves = new Map<number, UnitCurves>();
  const hourly = new Float64Array(HOURS);
  let steps = new Float64Array(0);
  // A year of day shapes for 100,000 units would not fit: they are kept only where weeks cannot serve.
  const byDay = grid.weeks < MIN_WEEKS;
  const rows = db
    .prepare('SELECT meter_id, day, points, kw FROM interval_load WHERE day BETWEEN ? AND ?')
    .raw()
    .iterate(line.first, line.last) as IterableIterator<[string, number, number, Uint8Array]>;
  for (const [meter, day, points, blob] of rows) {
    const unit = unitOfMeter.get(meter);
    if (unit === undefined || points % HOURS !== 0) continue;
    const i = line.index(day);
    let c = curves.get(unit);
    if (!c) {
      c = {
        flatness: new Float32Array(line.length).fill(Number.NaN),
        zeroRun: new Float32Array(line.length).fill(Number.NaN),
        jitter: new Float32Array(line.length).fill(Number.NaN),
        weekShape: new Float64Array(grid.weeks * HOURS),
        weekDays: new Float64Array(grid.weeks),
        dayShape: byDay ? new Float32Array(line.length * HOURS).fill(Number.NaN) : null,
      };
      curves.set(unit, c);
    }
    const kw = float32FromBlob(blob);
    if (steps.length < points) steps = new Float64Array(points);
    const perHour = points / HOURS;
    hourly.fill(0);
    let sum = 0;
    let peak = 0;
    let run = 0;
    let longest = 0;
    let known = 0;
    for (let p = 0; p < points; p++) {
      const v = kw[p]!;
      if (Number.isNaN(v)) continue;
      known++;
      sum += v;
      if (v > peak) peak = v;
      hourly[Math.floor(p / perHour)]! += v;
      run = v <= 1e-6 ? run + 1 : 0;
      if (run > longest) longest = run;
    }
    // A day with gaps or no use says nothing about its shape.
    if (known < points || sum <= 0) continue;
    c.flatness[i] = sum / points / peak;
    c.zeroRun[i] = longest / points;
    c.jitter[i] = readingJitter(kw, steps);
    if (c.dayShape) for (let h = 0; h < HOURS; h++) c.dayShape[i * HOURS + h] = hourly[h]! / sum;
    const w = Math.floor((i - grid.offset) / 7);
    if (w < 0 || w >= grid.weeks) continue;
    for (let h = 0; h < HOURS; h++) c.weekShape[w * HOURS + h]! += hourly[h]! / sum;
    c.weekDays[w]! += 1;
  }
  return curves;
}

/**
 * The median over a day's successive pairs of non-zero readings of |ln(reading / previous)|
 * (NaN with fewer than half the pairs): 0.1 for a load that moves by a tenth from one reading to
 * the next, 0.5 and more for readings that scatter (each scaled by its own factor). `steps` is
 * scratch space of at least the day's points.
 */
export function readingJitter(kw: Float32Array, steps: Float64Array): number {
  let n = 0;
  for (let p = 1; p < kw.length; p++) {
    const a = kw[p - 1]!;
    const b = kw[p]!;
    if (a > 0 && b > 0) steps[n++] = Math.abs(Math.log(b / a));
  }
  if (n < (kw.length - 1) / 2) return Number.NaN;
  const part = steps.subarray(0, n).sort();
  return n % 2 === 1 ? part[(n - 1) / 2]! : (part[n / 2 - 1]! + part[n / 2]!) / 2;
}
