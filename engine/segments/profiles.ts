// Each customer's load profile: the mean normalised day of its interval curves over a window
// (each complete meter-day's 96, 48 or 24 points summed to 24 hours and divided by the day's
// energy, so every day weighs the same and a profile's 24 shares sum to 1), on working days
// ('weekdays': Monday to Friday and the weekend days worked in exchange, statutory holidays left
// out, by the workspace's holiday table) or on every day. Days with a missing point or no use say nothing about the shape
// and are left out; a customer with fewer complete days than asked is left out and counted.
// Curves of meters without an archive are profiled under the meter number (like theft score).
import { addDays, type Day } from '../core/calendar.js';
import { workspaceHolidayCalendar } from '../forecast/holidayTable.js';
import type { Db } from '../store/database.js';
import { float32FromBlob } from '../store/series.js';
import { loadUnits } from '../theft/evidence/units.js';
import type { ProfileDayKind } from '../api/segmentsTypes.js';
import { HOURS } from './naming.js';

export interface ProfileWindow {
  /** The window's last day; default: the last day with curves. */
  toDay?: Day;
  windowDays: number;
  days: ProfileDayKind;
  minDays: number;
  /** Only these customers (or meters without an archive); default: all. */
  only?: string[];
  /** Told every PROGRESS_ROWS meter-days read, and may throw to stop (a cancelled job). */
  progress?: (done: number, total: number) => void;
}

const PROGRESS_ROWS = 20_000;

export interface Profiles {
  fromDay: Day;
  toDay: Day;
  /** Customer number, or meter number without an archive, per profile. */
  ids: string[];
  /** Usage category per profile; null for a meter without an archive. */
  categories: (string | null)[];
  /** Complete days averaged per profile. */
  dayCounts: Int32Array;
  /** Row-major: profile i's share of hour h at i * 24 + h. */
  values: Float32Array;
  /** Customers with curves in the window but fewer complete days than minDays. */
  skipped: number;
}

/** The last day any curve covers, or null without curves. */
export function lastCurveDay(db: Db): Day | null {
  const row = db.prepare('SELECT MAX(day) AS day FROM interval_load').get() as { day: number | null };
  return row.day;
}

export function readProfiles(db: Db, window: ProfileWindow): Profiles | null {
  const toDay = window.toDay ?? lastCurveDay(db);
  if (toDay === null) return null;
  const fromDay = addDays(toDay, -(window.windowDays - 1));
  const { units, unitOfMeter } = loadUnits(db);
  const wanted = window.only ? new Set(window.only) : null;
  const sums = new Map<number, Float64Array>();
  const counts = new Map<number, number>();
  const hourly = new Float64Array(HOURS);
  const calendar = window.days === 'weekdays' ? workspaceHolidayCalendar(db) : null;
  const working = new Map<Day, boolean>();
  const isWorking = (day: Day) => {
    let w = working.get(day);
    if (w === undefined) working.set(day, (w = calendar!.kind(day) === 'workday' || calendar!.kind(day) === 'makeup_workday'));
    return w;
  };
  const rowsInWindow = window.progress ? (db.prepare('SELECT COUNT(*) AS n FROM interval_load WHERE day BETWEEN ? AND ?').get(fromDay, toDay) as { n: number }).n : 0;
  let read = 0;
  for (const [meter, day, points, blob] of curveRows(db, fromDay, toDay, wanted ? units.filter((u) => wanted.has(u.id)).flatMap((u) => u.meters) : null)) {
    if (window.progress && ++read % PROGRESS_ROWS === 0) window.progress(read, rowsInWindow);
    if (calendar && !isWorking(day)) continue;
    const unit = unitOfMeter.get(meter);
    if (unit === undefined || points % HOURS !== 0) continue;
    if (wanted && !wanted.has(units[unit]!.id)) continue;
    const kw = float32FromBlob(blob);
    const perHour = points / HOURS;
    hourly.fill(0);
    let total = 0;
    let complete = true;
    for (let p = 0; p < points; p++) {
      const v = kw[p]!;
      if (Number.isNaN(v)) {
        complete = false;
        break;
      }
      hourly[Math.floor(p / perHour)]! += v;
      total += v;
    }
    if (!complete || total <= 0) {
      if (!sums.has(unit)) sums.set(unit, new Float64Array(HOURS));
      continue;
    }
    let s = sums.get(unit);
    if (!s) sums.set(unit, (s = new Float64Array(HOURS)));
    for (let h = 0; h < HOURS; h++) s[h]! += hourly[h]! / total;
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  const kept = [...sums.keys()].filter((u) => (counts.get(u) ?? 0) >= window.minDays).sort((a, b) => a - b);
  const values = new Float32Array(kept.length * HOURS);
  const dayCounts = new Int32Array(kept.length);
  kept.forEach((unit, i) => {
    const s = sums.get(unit)!;
    const n = counts.get(unit)!;
    dayCounts[i] = n;
    for (let h = 0; h < HOURS; h++) values[i * HOURS + h] = s[h]! / n;
  });
  return {
    fromDay,
    toDay,
    ids: kept.map((u) => units[u]!.id),
    categories: kept.map((u) => (units[u]!.kind === 'customer' ? units[u]!.category : null)),
    dayCounts,
    values,
    skipped: sums.size - kept.length,
  };
}

type CurveRow = [string, number, number, Uint8Array];

/** The window's curves: of every meter, or (a customer's 360) of a few, each read by its key. */
function* curveRows(db: Db, fromDay: Day, toDay: Day, meters: string[] | null): Generator<CurveRow> {
  if (meters === null) {
    yield* db.prepare('SELECT meter_id, day, points, kw FROM interval_load WHERE day BETWEEN ? AND ?').raw().iterate(fromDay, toDay) as IterableIterator<CurveRow>;
    return;
  }
  const statement = db.prepare('SELECT meter_id, day, points, kw FROM interval_load WHERE meter_id = ? AND day BETWEEN ? AND ?').raw();
  for (const meter of meters) yield* statement.iterate(meter, fromDay, toDay) as IterableIterator<CurveRow>;
}
