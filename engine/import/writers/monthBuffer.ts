// daily_energy holds one row per meter-month. Imports touch those rows a day at a time, in
// any order, so open rows are kept in a bounded buffer (least recently used out first) and
// each leaves by read-merge-write: memory stays constant whatever the order of the file,
// and a sorted file reads and writes each row once.
//
// Consumption from frozen readings is derived when a row is written (readingGaps.ts): day D
// uses (R(D+1) - R(D)) x multiplier (source 1, READING), and the difference of two readings
// with missing ones between is spread over the days between (source 4, SPREAD). The readings
// around a row come from the rows of the months before and after it, open or stored, and the
// days it decides in those rows are set there: a row written later fixes the earlier months.
// The sources of daily_energy.source are listed in store/series.ts (SOURCE_*).
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Day, Month } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import {
  DAYS_PER_MONTH_ROW,
  decodeMonth,
  float64FromBlob,
  emptyMonth,
  encodeMonth,
  SOURCE_CONSUMPTION,
  SOURCE_INTERVAL,
  SOURCE_NONE,
  SOURCE_READING,
  SOURCE_SPREAD,
  type MonthSeries,
  widenReadings,
  type StoredMonth,
  toBlob,
} from '../../store/series.js';
import { DaySpan } from './daySpan.js';
import type { FlushProgress } from './flushProgress.js';
import type { Outcome } from './keyedUpsert.js';
import { LruBuffer } from './lruBuffer.js';
import { countRepeat, PriorRows } from './priorRows.js';
import { deriveConsumption, type MeterMonths } from './readingGaps.js';
import type { RowCounts } from './types.js';

/** A meter-month row being filled by the import. */
export interface OpenMonth extends MonthSeries {
  readonly meter: string;
  readonly month: Month;
  dirty: boolean;
  /** The row before this import, to count a day the file names twice against (priorRows.ts); null when new to the workspace. */
  before?: MonthSeries | null;
  /** The stored row is an earlier import's: it is kept aside when this import first writes it. */
  earlier?: boolean;
}

/** Rows kept open to start with: ~0.7-2 kB each, so under 40 MB. */
export const MONTH_BUFFER_ROWS = 20_000;

/** An open row's arrays (a Float64 and a byte per day, a Float64 per day and register) and bookkeeping. */
export const openMonthBytes = (registers: number) => DAYS_PER_MONTH_ROW * (9 + 8 * registers) + 400;

const sameNumber = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
const keyOf = (meter: string, month: Month) => `${meter}\u0000${month}`;

export class MonthBuffer {
  private readonly open: LruBuffer<string, OpenMonth>;
  /** The row of the previous call: consecutive days of one meter-month skip the lookup. */
  private last: OpenMonth | null = null;
  private readonly select: Statement;
  private readonly upsert: Statement;
  /** Days whose consumption readings decided while writing rows: a reading can change the days of a gap a month away. */
  readonly derived = new DaySpan();
  /** The rows this import changed, as they were before it. */
  private readonly prior: PriorRows;

  /**
   * `registers`: the readings per day the file brings (0 for curves), which a row it sets
   * readings on widens to; `budgetBytes`: what the open rows may take; `capacity`: the rows
   * open at first.
   */
  constructor(
    db: Db,
    private readonly importId: number,
    registers: number,
    budgetBytes: number,
    capacity = MONTH_BUFFER_ROWS,
  ) {
    // Callers hold up to three rows at once (a day and its two neighbours).
    if (capacity < 4) throw new RangeError('A month buffer needs room for at least 4 rows');
    this.open = new LruBuffer(
      capacity,
      budgetBytes,
      // A row read from the workspace keeps the registers it was stored with (five after a
      // time-of-use file), whatever this file brings.
      // A row from the workspace is held twice: as it is and as it was before the import.
      (row) => openMonthBytes(Math.max(row.registers, registers)) * (row.before ? 2 : 1),
      (key) => this.load(key),
      (row) => {
        if (this.last === row) this.last = null;
        if (row.dirty) this.write(row);
      },
    );
    this.select = db.prepare(
      `SELECT kwh, source, registers, readings, multiplier, import_id AS importId FROM daily_energy
       WHERE meter_id = ? AND month = ?`,
    );
    this.upsert = db.prepare(`
      INSERT INTO daily_energy (meter_id, month, kwh, source, registers, readings, multiplier, days, total_kwh, import_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (meter_id, month) DO UPDATE SET
        kwh = excluded.kwh, source = excluded.source, registers = excluded.registers, readings = excluded.readings,
        multiplier = excluded.multiplier, days = excluded.days, total_kwh = excluded.total_kwh, import_id = excluded.import_id`);
    this.prior = new PriorRows(db, 'month_prior');
  }

  /** Open rows with changes to write. */
  get pending(): number {
    let dirty = 0;
    for (const row of this.open.values()) if (row.dirty) dirty++;
    return dirty;
  }

  /** The meter-month, from the buffer, else from the workspace, else new. */
  row(meter: string, month: Month): OpenMonth {
    const last = this.last;
    if (last !== null && last.month === month && last.meter === meter) return last;
    return (this.last = this.open.get(keyOf(meter, month)));
  }

  /** The total register at 00:00 of a day; NaN when not read. */
  total(meter: string, day: Day): number {
    const row = this.row(meter, Math.floor(day / 100));
    return row.readings ? row.readings[((day % 100) - 1) * row.registers]! : Number.NaN;
  }

  /** A day's energy from the interval curve: kept unless readings or a given consumption cover the day; it replaces a spread. */
  setInterval(meter: string, day: Day, kwh: number | null): void {
    const row = this.row(meter, Math.floor(day / 100));
    const d = (day % 100) - 1;
    const source = row.source[d]!;
    if (source === SOURCE_READING || source === SOURCE_CONSUMPTION) return;
    const value = kwh ?? Number.NaN;
    if (source === SOURCE_INTERVAL && sameNumber(row.kwh[d]!, value)) return;
    if (source !== SOURCE_INTERVAL && kwh === null) return;
    row.kwh[d] = value;
    row.source[d] = kwh === null ? SOURCE_NONE : SOURCE_INTERVAL;
    row.dirty = true;
  }

  /** A given daily consumption; frozen readings of the day take precedence over it; it replaces a spread. */
  setConsumption(meter: string, day: Day, kwh: number, counts: RowCounts): void {
    const row = this.row(meter, Math.floor(day / 100));
    const d = (day % 100) - 1;
    const source = row.source[d]!;
    const held = row.kwh[d]!;
    if (source === SOURCE_READING || (source === SOURCE_CONSUMPTION && held === kwh)) {
      counts.skipped++;
      return;
    }
    row.kwh[d] = kwh;
    row.source[d] = SOURCE_CONSUMPTION;
    row.dirty = true;
    const given = row.before?.source[d] === SOURCE_CONSUMPTION;
    const before = given ? row.before!.kwh[d]! : Number.NaN;
    const outcome = (v: number): Outcome => (!given ? 'imported' : v === before ? 'skipped' : 'updated');
    // A consumption other than the day held before the import was given by an earlier row of the file.
    if (source === SOURCE_CONSUMPTION && held !== before) countRepeat(counts, outcome(held), outcome(kwh));
    else counts[outcome(kwh)]++;
  }

  /** Frozen register values of a day (REGISTERS order, as many as the file has; NaN = not read). */
  setReading(meter: string, day: Day, values: Float64Array, multiplier: number, counts: RowCounts): void {
    const row = this.row(meter, Math.floor(day / 100));
    widenReadings(row, values.length);
    const d = (day % 100) - 1;
    const held = readingsOf(row, d, values.length);
    if (row.multiplier === multiplier && held.some((v) => !Number.isNaN(v)) && sameReadings(held, values)) {
      counts.skipped++;
      return;
    }
    const heldMultiplier = row.multiplier;
    row.readings!.set(values, d * row.registers);
    row.multiplier = multiplier;
    row.dirty = true;
    const before = row.before ? readingsOf(row.before, d, values.length) : null;
    const read = before !== null && before.some((v) => !Number.isNaN(v));
    const outcome = (v: Float64Array, m: number | null): Outcome =>
      !read ? 'imported' : sameReadings(v, before) && m === row.before!.multiplier ? 'skipped' : 'updated';
    // Readings other than the day's before the import were set by an earlier row of the file.
    const again = held.some((v) => !Number.isNaN(v)) && (before === null || !sameReadings(held, before));
    if (again) countRepeat(counts, outcome(held, heldMultiplier), outcome(values, multiplier));
    else counts[outcome(values, multiplier)]++;
  }

  /**
   * Writes every changed row. A write can change the open months around it (the days of a gap
   * of readings), so passes repeat until none is left; the second pass finds at most those few rows.
   */
  flushAll(progress: FlushProgress): void {
    let wrote = true;
    while (wrote) {
      wrote = false;
      for (const row of this.open.values()) {
        if (row.dirty) {
          this.write(row);
          wrote = true;
          progress.step();
        }
      }
    }
    this.open.clear();
    this.last = null;
  }

  private load(key: string): OpenMonth {
    const [meter, text] = key.split('\u0000') as [string, string];
    const { row, writtenByThisImport } = this.stored(meter, Number(text));
    row.earlier = row.readings !== null || row.source.some((s) => s !== SOURCE_NONE) ? !writtenByThisImport : false;
    row.before = writtenByThisImport ? this.priorOf(key) : row.earlier ? copyMonth(row) : null;
    // This import wrote the row: it was evicted too early, and the file needs more rows open at
    // once. Or it was written in passing, not open, when a reading of a month around it decided
    // some of its days (derive): such a month was nearly always open and evicted before, since
    // a day's reading opens the month of the day before; when it was not, the buffer grows once
    // more than the file needs, within its memory budget.
    if (writtenByThisImport) this.open.grow();
    return row;
  }

  /** A row as it was before this import changed it; null when it was new to the workspace. */
  private priorOf(key: string): MonthSeries | null {
    const kept = this.prior.get(key);
    if (!kept) return null;
    const kwh = new Float64Array(float64FromBlob(kept.b!));
    const registers = kept.a ? kept.a.byteLength / 8 / DAYS_PER_MONTH_ROW : 0;
    const readings = kept.a ? new Float64Array(float64FromBlob(kept.a)) : null;
    return { kwh, source: new Uint8Array(kept.c!), registers, readings, multiplier: kept.n };
  }

  /** Keeps a row of an earlier import as it was, the first time this import writes it. */
  private keepPrior(row: OpenMonth, before: MonthSeries): void {
    this.prior.keep(keyOf(row.meter, row.month), before.readings && toBlob(before.readings), toBlob(before.kwh), toBlob(before.source), before.multiplier);
  }

  private stored(meter: string, month: Month): { row: OpenMonth; writtenByThisImport: boolean } {
    const stored = this.select.get(meter, month) as (StoredMonth & { importId: number }) | undefined;
    const row = { meter, month, ...(stored ? decodeMonth(stored) : emptyMonth()), dirty: false };
    return { row, writtenByThisImport: stored?.importId === this.importId };
  }

  private write(row: OpenMonth): void {
    row.dirty = false;
    if (row.earlier) {
      this.keepPrior(row, row.before!);
      row.earlier = false;
    }
    if (row.readings || row.source.includes(SOURCE_SPREAD)) this.derive(row);
    this.save(row);
  }

  private save(row: OpenMonth): void {
    const c = encodeMonth(row);
    this.upsert.run(row.meter, row.month, c.kwh, c.source, c.registers, c.readings, c.multiplier, c.days, c.total, this.importId);
  }

  /**
   * Consumption from the readings in and around a row being written. The months around it
   * are the open rows (marked to be written) or the stored ones, read and, when changed,
   * written in passing without being opened (see load).
   */
  private derive(row: OpenMonth): void {
    const { meter } = row;
    const stored = new Map<Month, { row: OpenMonth | null; changed: boolean }>();
    const storedRow = (month: Month) => {
      let entry = stored.get(month);
      if (!entry) {
        const found = this.select.get(meter, month) as (StoredMonth & { importId: number }) | undefined;
        const decoded: OpenMonth | null = found ? { meter, month, ...decodeMonth(found), dirty: false } : null;
        if (decoded && found!.importId !== this.importId) decoded.earlier = true;
        entry = { row: decoded, changed: false };
        stored.set(month, entry);
      }
      return entry;
    };
    // The row being written may have been evicted already: it is looked up as itself.
    const get = (month: Month): OpenMonth | null => (month === row.month ? row : (this.open.peek(keyOf(meter, month)) ?? storedRow(month).row));
    const months: MeterMonths = {
      get,
      make: (month) => {
        const found = get(month);
        if (found) return found;
        const entry = storedRow(month);
        entry.row = { meter, month, ...emptyMonth(), dirty: false };
        return entry.row;
      },
      changed: (month, day) => {
        this.derived.add(day);
        if (month === row.month) return;
        const open = this.open.peek(keyOf(meter, month));
        if (open) open.dirty = true;
        else storedRow(month).changed = true;
      },
    };
    deriveConsumption(months, row.month);
    for (const entry of stored.values()) {
      if (!entry.changed || !entry.row) continue;
      // Kept as it was: the row may be opened later by a reading the file names twice.
      if (entry.row.earlier) this.keepPrior(entry.row, this.stored(meter, entry.row.month).row);
      this.save(entry.row);
    }
  }
}

/** The readings of day index `d` (NaN where the row has none). */
function readingsOf(row: MonthSeries, d: number, registers: number): Float64Array {
  const out = new Float64Array(registers).fill(Number.NaN);
  for (let r = 0; r < Math.min(registers, row.registers); r++) out[r] = row.readings![d * row.registers + r]!;
  return out;
}

function sameReadings(a: Float64Array, b: Float64Array): boolean {
  for (let r = 0; r < a.length; r++) if (!sameNumber(a[r]!, b[r]!)) return false;
  return true;
}

/** A copy of a month's arrays. */
function copyMonth(row: MonthSeries): MonthSeries {
  return {
    kwh: new Float64Array(row.kwh),
    source: new Uint8Array(row.source),
    registers: row.registers,
    readings: row.readings && new Float64Array(row.readings),
    multiplier: row.multiplier,
  };
}
