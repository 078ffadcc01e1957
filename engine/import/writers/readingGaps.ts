// Consumption from daily frozen readings, worked out around one meter-month row when it is
// written. R(D) is the total register at 00:00 of day D; day D uses (R(D+1) - R(D)) x the
// multiplier (source READING).
//
// Real exports miss readings often, and a missing R(D) would leave two days unknown. When a
// meter's readings around such days are on days a and b, 2 to MAX_SPREAD_DAYS apart with none
// between, the difference is spread evenly over days a..b-1 (source SPREAD): each day gets
// (R(b) - R(a)) / (b - a) x its row's multiplier, so the days add up to what the meter counted.
// Gaps cross month rows: the readings before a month's first and after its last are looked up
// in the months around (the open rows of this import, else the workspace's), and the days of
// a gap are set in whichever rows they fall.
//
// Nothing is spread when:
// - the register went down across the gap (a replaced meter or a rollover): as between two
//   adjacent days, where such a reading is quarantined, the days stay unknown;
// - a day of the gap has a measurement of its own (a given consumption or a curve's sum):
//   it keeps it, and the other days stay unknown rather than take a share that is no longer
//   the difference;
// - the readings are more than MAX_SPREAD_DAYS apart: an average over a longer span says
//   little about any one day.
// A spread that no longer holds (a reading corrected, a measurement arrived) is taken back.
import { addDays, addMonths, daysBetween, firstDayOf, lastDayOf, monthOf, type Day, type Month } from '../../core/calendar.js';
import { SOURCE_CONSUMPTION, SOURCE_INTERVAL, SOURCE_NONE, SOURCE_READING, SOURCE_SPREAD, type MonthSeries } from '../../store/series.js';

/** The most days one difference of readings is spread over. */
export const MAX_SPREAD_DAYS = 31;

/** A meter's month rows, as the import holds them. */
export interface MeterMonths {
  /** The row of a month, or null when there is none. */
  get(month: Month): MonthSeries | null;
  /** The row of a month, created empty when there is none, to set a day on. */
  make(month: Month): MonthSeries;
  /** A day of a month's row has a new value. */
  changed(month: Month, day: Day): void;
}

interface Reading {
  day: Day;
  total: number;
}

/** Sets the consumption of every day of `month` (and of the days beyond it sharing a gap) that readings decide. */
export function deriveConsumption(months: MeterMonths, month: Month): void {
  const row = months.get(month);
  if (row === null) return;
  const first = firstDayOf(month);
  const readings: Reading[] = [];
  const before = lastReadingBefore(months, first);
  if (before) readings.push(before);
  if (row.readings) {
    const days = lastDayOf(month) - first + 1;
    for (let d = 0; d < days; d++) {
      const total = row.readings[d * row.registers]!;
      if (!Number.isNaN(total)) readings.push({ day: first + d, total });
    }
  }
  const after = firstReadingAfter(months, lastDayOf(month));
  if (after) readings.push(after);

  // Days of this month that a pair of readings decides; a spread on any other is stale.
  const decided = new Uint8Array(31);
  for (let i = 0; i + 1 < readings.length; i++) {
    const from = readings[i]!;
    const to = readings[i + 1]!;
    const span = daysBetween(from.day, to.day);
    if (span > MAX_SPREAD_DAYS) continue;
    if (span === 1) dayFromReadings(months, from, to);
    else spread(months, from, to, span);
    for (let day = from.day; day < to.day; day = addDays(day, 1)) if (monthOf(day) === month) decided[(day % 100) - 1] = 1;
  }
  for (let d = 0; d < decided.length; d++) {
    if (!decided[d] && row.source[d] === SOURCE_SPREAD) setDay(months, row, first + d, Number.NaN, SOURCE_NONE);
  }
}

/** A day with readings on it and the next: (R(D+1) - R(D)) x multiplier; a negative difference is left alone (see daily.ts). */
function dayFromReadings(months: MeterMonths, from: Reading, to: Reading): void {
  const row = months.get(monthOf(from.day))!;
  const used = (to.total - from.total) * (row.multiplier ?? 1);
  if (used >= 0) setDay(months, row, from.day, used, SOURCE_READING);
}

/** Days from..to-1, none with a reading after the first. */
function spread(months: MeterMonths, from: Reading, to: Reading, span: number): void {
  const difference = to.total - from.total;
  let measured = false;
  for (let day = from.day; day < to.day && !measured; day = addDays(day, 1)) {
    const source = months.get(monthOf(day))?.source[(day % 100) - 1];
    measured = source === SOURCE_CONSUMPTION || source === SOURCE_INTERVAL;
  }
  const multiplier = months.get(monthOf(from.day))!.multiplier ?? 1;
  for (let day = from.day; day < to.day; day = addDays(day, 1)) {
    if (difference < 0 || measured) {
      const row = months.get(monthOf(day));
      if (row?.source[(day % 100) - 1] === SOURCE_SPREAD) setDay(months, row, day, Number.NaN, SOURCE_NONE);
      continue;
    }
    const row = months.make(monthOf(day));
    // A month with no readings of its own (inside the gap) takes the multiplier the share was
    // worked out with, so that a later change of the meter's multiplier rescales it too (rescale.ts).
    if (row.multiplier === null) {
      row.multiplier = multiplier;
      months.changed(monthOf(day), day);
    }
    setDay(months, row, day, (difference / span) * row.multiplier, SOURCE_SPREAD);
  }
}

function setDay(months: MeterMonths, row: MonthSeries, day: Day, kwh: number, source: number): void {
  const d = (day % 100) - 1;
  if (row.source[d] === source && Object.is(row.kwh[d], kwh)) return;
  row.kwh[d] = kwh;
  row.source[d] = source;
  months.changed(monthOf(day), day);
}

/** The meter's last total reading before `day`, no more than MAX_SPREAD_DAYS before it. */
function lastReadingBefore(months: MeterMonths, day: Day): Reading | null {
  const earliest = addDays(day, -MAX_SPREAD_DAYS);
  for (let month = monthOf(addDays(day, -1)); month >= monthOf(earliest); month = addMonths(month, -1)) {
    const row = months.get(month);
    if (!row?.readings) continue;
    const from = Math.max(firstDayOf(month), earliest);
    for (let at = Math.min(lastDayOf(month), addDays(day, -1)); at >= from; at--) {
      const total = row.readings[((at % 100) - 1) * row.registers]!;
      if (!Number.isNaN(total)) return { day: at, total };
    }
  }
  return null;
}

/** The meter's first total reading after `day`, no more than MAX_SPREAD_DAYS after it. */
function firstReadingAfter(months: MeterMonths, day: Day): Reading | null {
  const latest = addDays(day, MAX_SPREAD_DAYS);
  for (let month = monthOf(addDays(day, 1)); month <= monthOf(latest); month = addMonths(month, 1)) {
    const row = months.get(month);
    if (!row?.readings) continue;
    const to = Math.min(lastDayOf(month), latest);
    for (let at = Math.max(firstDayOf(month), addDays(day, 1)); at <= to; at++) {
      const total = row.readings[((at % 100) - 1) * row.registers]!;
      if (!Number.isNaN(total)) return { day: at, total };
    }
  }
  return null;
}
