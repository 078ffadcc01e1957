// Weeks aligned on the timeline's last day: week w of W covers days offset + 7w .. offset + 7w + 6,
// so the last week ends on the last day. Weekly medians of daily values take out single odd days
// (an outage, a holiday) that would otherwise pass for a change.

/** Fewer whole weeks than this and changes are looked for day by day (indicators/steps.ts). */
export const MIN_WEEKS = 10;

export interface WeekGrid {
  weeks: number;
  /** Day index of week 0's first day (days before it are not in any week). */
  offset: number;
}

export function weekGrid(days: number): WeekGrid {
  const weeks = Math.floor(days / 7);
  return { weeks, offset: days - weeks * 7 };
}

/** Weeks wholly before day index `end` (exclusive). */
export function weeksBefore(grid: WeekGrid, end: number): number {
  return Math.max(0, Math.min(grid.weeks, Math.floor((end - grid.offset) / 7)));
}

/**
 * The median of each week's known days (NaN for a week with fewer than 4). Sorted by insertion
 * in a scratch array: this runs for every unit and week, where a typed-array sort costs more.
 */
export function weeklyMedians(daily: Float32Array, base: number, grid: WeekGrid, out: Float64Array): Float64Array {
  const week = new Float64Array(7);
  for (let w = 0; w < grid.weeks; w++) {
    let n = 0;
    const start = base + grid.offset + w * 7;
    for (let d = 0; d < 7; d++) {
      const v = daily[start + d]!;
      if (Number.isNaN(v)) continue;
      let i = n++;
      while (i > 0 && week[i - 1]! > v) {
        week[i] = week[i - 1]!;
        i--;
      }
      week[i] = v;
    }
    out[w] = n < 4 ? Number.NaN : n % 2 === 1 ? week[(n - 1) / 2]! : (week[n / 2 - 1]! + week[n / 2]!) / 2;
  }
  return out;
}
