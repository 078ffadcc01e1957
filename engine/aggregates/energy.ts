// Consumption aggregates (agg_energy_monthly, agg_energy_group_days, agg_energy_daily) from
// daily_energy, per (area, category) group (engine/aggregates/groups.ts), so that totals
// always equal the raw data. Two ways in: a full pass over months, which also counts the
// daily kind for the catalog (reading the day blobs is most of the cost, so they are read
// once), and a recount of a few groups over every month, after an archive import moved meters
// between groups. At a million meter-months the per-row work matters: groups are numbered and
// every meter is looked up once per row.
import type { Db } from '../store/database.js';
import { DAYS_PER_MONTH_ROW, float64FromBlob } from '../store/series.js';
import { firstDayOf, lastDayOf, type Day, type Month } from '../core/calendar.js';
import { EnergyCells, sumDailyOverAreas } from './energyCells.js';
import { groupMeters, groupsJson, UNMATCHED, type Group } from './groups.js';
import { ALL_MONTHS, type MonthSpan } from './range.js';
import { rangeScan } from './access.js';
import type { EntitySpan, MonthTally, Tallies } from './tallies.js';

interface MeterState {
  group: number;
  span: EntitySpan | null;
}

type SourceRow = [meterId: string, month: Month, kwh: Uint8Array, days: number, total: number];

/** Every meter's group, numbered, as the archive has it now. */
class Attribution {
  readonly groups: Group[] = [];
  private readonly groupIds = new Map<string, number>();
  private readonly meters = new Map<string, MeterState>();

  constructor(db: Db) {
    const rows = db
      .prepare(`SELECT m.meter_id, COALESCE(c.area_id, ''), c.category FROM meters m JOIN customers c ON c.customer_id = m.customer_id`)
      .raw(true)
      .iterate() as Iterable<[string, string, string]>;
    for (const [meter, area, category] of rows) this.meters.set(meter, { group: this.groupOf(area, category), span: null });
  }

  meter(meterId: string): MeterState {
    let state = this.meters.get(meterId);
    if (!state) this.meters.set(meterId, (state = { group: this.groupOf(UNMATCHED.area, UNMATCHED.category), span: null }));
    return state;
  }

  spans(): EntitySpan[] {
    const out: EntitySpan[] = [];
    for (const state of this.meters.values()) if (state.span) out.push(state.span);
    return out;
  }

  private groupOf(area: string, category: string): number {
    const key = `${area}\u0000${category}`;
    let group = this.groupIds.get(key);
    if (group === undefined) {
      group = this.groups.length;
      this.groups.push({ area, category });
      this.groupIds.set(key, group);
    }
    return group;
  }
}

/** Recomputes the months' consumption aggregates and returns the daily kind's tallies of those months. */
export function refreshEnergy(db: Db, months: MonthSpan): Tallies {
  const attribution = new Attribution(db);
  const cells = new EnergyCells();
  const tallies = new Map<Month, MonthTally>();
  const scan = rangeScan(db, { table: 'daily_energy', column: 'month' }, months);
  // Table order, which both ways of scanning give at no cost: the order a group recount adds in.
  const rows = db.prepare(`SELECT meter_id, month, kwh, days, total_kwh FROM ${scan.from} WHERE ${scan.where} ORDER BY rowid`).raw(true);
  for (const [meterId, month, blob, dayCount, total] of rows.iterate(months.from, months.to) as IterableIterator<SourceRow>) {
    let tally = tallies.get(month);
    // An empty span (first after last) until a value comes; a month of readings without a
    // consumption value keeps it, and the catalog's dates pass over months without values.
    if (!tally) tallies.set(month, (tally = { month, rows: 0, tableRows: 0, present: 0, first: lastDayOf(month), last: firstDayOf(month) }));
    tally.tableRows += 1;
    if (dayCount === 0) continue;
    const meter = attribution.meter(meterId);
    const kwh = float64FromBlob(blob);
    cells.add(month, meter.group, kwh, total);
    tallyDays(tally, meter, meterId, dayCount, kwh, month);
  }
  db.prepare('DELETE FROM agg_energy_monthly WHERE month BETWEEN ? AND ?').run(months.from, months.to);
  db.prepare('DELETE FROM agg_energy_group_days WHERE month BETWEEN ? AND ?').run(months.from, months.to);
  cells.write(db, attribution.groups);
  sumDailyOverAreas(db, months, null);
  return { months: tallies.values(), entities: attribution.spans() };
}

/**
 * Recomputes the groups' consumption over every month from their meters' rows, read group by
 * group in table order (as the full pass meets them), and the days of their categories.
 */
export function refreshEnergyGroups(db: Db, groups: Group[]): void {
  if (groups.length === 0) return;
  const cells = new EnergyCells();
  const rows = db
    .prepare(
      `SELECT month, kwh, total_kwh FROM daily_energy
        WHERE meter_id IN (SELECT value FROM json_each(?)) AND days > 0 ORDER BY rowid`,
    )
    .raw(true);
  groups.forEach((group, g) => {
    for (const [month, blob, total] of rows.iterate(JSON.stringify(groupMeters(db, group))) as IterableIterator<[Month, Uint8Array, number]>) {
      cells.add(month, g, float64FromBlob(blob), total);
    }
  });
  const chosen = groupsJson(groups);
  const inGroups = '(area_id, category) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))';
  db.prepare(`DELETE FROM agg_energy_monthly WHERE ${inGroups}`).run(chosen);
  db.prepare(`DELETE FROM agg_energy_group_days WHERE ${inGroups}`).run(chosen);
  cells.write(db, groups);
  sumDailyOverAreas(db, ALL_MONTHS, [...new Set(groups.map((g) => g.category))]);
}

/** The catalog counts meter-days with a value; a meter is expected to deliver one per day of its span. */
function tallyDays(m: MonthTally, meter: MeterState, meterId: string, count: number, kwh: Float64Array, month: Month): void {
  let firstIndex = -1;
  let lastIndex = -1;
  for (let i = 0; i < DAYS_PER_MONTH_ROW; i++) {
    if (Number.isNaN(kwh[i]!)) continue;
    if (firstIndex < 0) firstIndex = i;
    lastIndex = i;
  }
  const first: Day = month * 100 + firstIndex + 1;
  const last: Day = month * 100 + lastIndex + 1;
  m.rows += count;
  m.present += count;
  if (first < m.first) m.first = first;
  if (last > m.last) m.last = last;
  const e = meter.span;
  if (!e) meter.span = { entity: meterId, first, last, unitsPerDay: 1 };
  else {
    if (first < e.first) e.first = first;
    if (last > e.last) e.last = last;
  }
}
