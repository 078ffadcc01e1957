// Long interval files arrive one point per row, sorted or not. Open meter-days wait in a
// bounded buffer and leave by read-merge-write: memory stays constant whatever the order,
// and a sorted file reads and writes each day once.
// Each point is counted when it arrives: new, changed or identical to what is held; a point
// the file repeats (a half-hour twice at a daylight saving change) counts once, against what
// the workspace held before the import (priorRows.ts).
import type { Day } from '../../core/calendar.js';
import type { CurveStore } from './curveStore.js';
import type { FlushProgress } from './flushProgress.js';
import type { Outcome } from './keyedUpsert.js';
import { LruBuffer } from './lruBuffer.js';
import type { MonthBuffer } from './monthBuffer.js';
import { countRepeat } from './priorRows.js';
import type { RowCounts } from './types.js';

interface OpenDay {
  meter: string;
  day: Day;
  kw: Float32Array;
  /** The points before this import, at this file's resolution; null when the workspace had none. */
  before: Float32Array | null;
  /** The workspace has a row for this meter-day (at this or another resolution). */
  stored: boolean;
  /** The stored row is an earlier import's: its points are kept aside when this import first writes the day. */
  earlier: boolean;
  dirty: boolean;
}

/** Open meter-days to start with: 96 points are ~0.6 kB with their bookkeeping, so ~20 MB (more for stored days). */
export const DAY_BUFFER_DAYS = 32_768;
/** An open day's object, key and map entry beside its points. */
const OPEN_DAY_BYTES = 250;

export class DayBuffer {
  private readonly open: LruBuffer<string, OpenDay>;
  /** The day of the previous point: consecutive points of one day skip the lookup. */
  private last: OpenDay | null = null;

  /** `budgetBytes`: what the open days may grow to take; `capacity`: the days open at first. */
  constructor(
    private readonly curves: CurveStore,
    private readonly months: MonthBuffer,
    private readonly points: number,
    budgetBytes: number,
    capacity = DAY_BUFFER_DAYS,
  ) {
    // Every open day holds this file's points, and a stored day its points before the import
    // too: a day stored at another resolution is replaced.
    this.open = new LruBuffer(
      capacity,
      budgetBytes,
      (open) => points * (open.before ? 8 : 4) + OPEN_DAY_BYTES,
      (key) => this.load(key),
      (open) => {
        if (this.last === open) this.last = null;
        this.write(open);
      },
    );
  }

  /** One point of a long file, counted. */
  put(meter: string, day: Day, slot: number, kw: number, counts: RowCounts): void {
    const open = this.day(meter, day);
    const value = Math.fround(kw);
    const held = open.kw[slot]!;
    if (held === value) {
      counts.skipped++;
      return;
    }
    open.kw[slot] = value;
    open.dirty = true;
    const before = open.before ? open.before[slot]! : Number.NaN;
    const outcome = (v: number): Outcome => (Number.isNaN(before) ? 'imported' : v === before ? 'skipped' : 'updated');
    // A point still as it was before the import is set for the first time; any other, again.
    if (held === before || (Number.isNaN(held) && Number.isNaN(before))) counts[outcome(value)]++;
    else countRepeat(counts, outcome(held), outcome(value));
  }

  /** Open days with points to write. */
  get pending(): number {
    let dirty = 0;
    for (const open of this.open.values()) if (open.dirty) dirty++;
    return dirty;
  }

  flushAll(progress: FlushProgress): void {
    for (const open of this.open.values()) {
      if (!open.dirty) continue;
      this.write(open);
      progress.step();
    }
    this.open.clear();
    this.last = null;
  }

  private day(meter: string, day: Day): OpenDay {
    const last = this.last;
    if (last !== null && last.day === day && last.meter === meter) return last;
    return (this.last = this.open.get(`${meter}\u0000${day}`));
  }

  private load(key: string): OpenDay {
    const [meter, text] = key.split('\u0000') as [string, string];
    const day = Number(text);
    const stored = this.curves.load(meter, day);
    // This import wrote the day and evicted it too early: the file needs more days open at once.
    if (stored?.writtenByThisImport) this.open.grow();
    // A day held at another resolution is replaced by this file's.
    const kw = stored && stored.kw.length === this.points ? stored.kw : new Float32Array(this.points).fill(Number.NaN);
    const earlier = stored !== null && !stored.writtenByThisImport;
    const prior = stored === null ? null : earlier ? stored.kw : this.curves.priorOf(meter, day);
    const before = prior && prior.length === this.points ? new Float32Array(prior) : null;
    return { meter, day, kw, before, stored: stored !== null, earlier, dirty: false };
  }

  private write(open: OpenDay): void {
    if (!open.dirty) return;
    open.dirty = false;
    if (open.earlier) {
      // Kept at the resolution it was stored in: a day replaced at another counts as updated.
      this.curves.keepPrior(open.meter, open.day, open.before ?? this.curves.load(open.meter, open.day)!.kw);
      open.earlier = false;
    }
    this.curves.save(open.meter, open.day, open.kw, open.stored);
    open.stored = true;
    this.months.setInterval(open.meter, open.day, this.curves.lastKwh);
  }
}
