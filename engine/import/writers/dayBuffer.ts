// Long interval files arrive one point per row, sorted or not. Open meter-days wait in a
// bounded buffer and leave by read-merge-write: memory stays constant whatever the order,
// and a sorted file reads and writes each day once.
// Each point is counted when it arrives: new, changed or identical to what is held.
import type { Day } from '../../core/calendar.js';
import type { CurveStore } from './curveStore.js';
import type { FlushProgress } from './flushProgress.js';
import type { Outcome } from './keyedUpsert.js';
import { LruBuffer } from './lruBuffer.js';
import type { MonthBuffer } from './monthBuffer.js';

interface OpenDay {
  meter: string;
  day: Day;
  kw: Float32Array;
  /** The workspace has a row for this meter-day (at this or another resolution). */
  stored: boolean;
  dirty: boolean;
}

/** Open meter-days to start with: 96 points are ~0.6 kB with their bookkeeping, so ~20 MB. */
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
    // Every open day holds this file's points: a day stored at another resolution is replaced.
    const dayBytes = points * 4 + OPEN_DAY_BYTES;
    this.open = new LruBuffer(
      capacity,
      budgetBytes,
      () => dayBytes,
      (key) => this.load(key),
      (open) => {
        if (this.last === open) this.last = null;
        this.write(open);
      },
    );
  }

  put(meter: string, day: Day, slot: number, kw: number): Outcome {
    const open = this.day(meter, day);
    const value = Math.fround(kw);
    const held = open.kw[slot]!;
    if (held === value) return 'skipped';
    open.kw[slot] = value;
    open.dirty = true;
    return Number.isNaN(held) ? 'imported' : 'updated';
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
    return { meter, day, kw, stored: stored !== null, dirty: false };
  }

  private write(open: OpenDay): void {
    if (!open.dirty) return;
    open.dirty = false;
    this.curves.save(open.meter, open.day, open.kw, open.stored);
    open.stored = true;
    this.months.setInterval(open.meter, open.day, this.curves.lastKwh);
  }
}
