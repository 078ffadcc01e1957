// The days an import wrote, for the overview aggregates' refresh.
import type { TouchedRange } from '../../aggregates/refresh.js';

/** Tracks the first and last day seen; null until a day is seen. */
export class DaySpan {
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;

  add(day: number): void {
    if (day < this.first) this.first = day;
    if (day > this.last) this.last = day;
  }

  /** The days of another span (nothing when it saw none). */
  addRange(range: TouchedRange): void {
    if (range === null) return;
    this.add(range.firstDay);
    this.add(range.lastDay);
  }

  get range(): TouchedRange {
    return this.first === Number.POSITIVE_INFINITY ? null : { firstDay: this.first, lastDay: this.last };
  }
}
