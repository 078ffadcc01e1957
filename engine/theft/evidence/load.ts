// Everything scoring reads from a workspace, each kind in one pass, kept in typed arrays. Kinds
// the workspace lacks (no archive, no curves, no events, no area supply, no bills, no
// inspections) come back empty: the indicators that need them are then skipped.
import { addDays, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import type { ScoredUnit } from '../types.js';
import { MIN_WEEKS, weekGrid, weeklyMedians, type WeekGrid } from '../series/weeks.js';
import { peerGroups, type PeerGroups } from '../series/peers.js';
import { loadAreaBalance, type AreaBalance } from './areas.js';
import { loadCurves, type UnitCurves } from './curves.js';
import { firstConsumptionDay, lastConsumptionDay, loadDaily, type DailyMatrix } from './daily.js';
import { loadEvents, type UnitEvent } from './events.js';
import { loadLabels, type Label } from './labels.js';
import { billedPrices } from './prices.js';
import { timeline, type Timeline } from './timeline.js';
import { loadUnits } from './units.js';

/** At most two years of history are read: enough for a baseline and a change. */
export const HISTORY_DAYS = 728;

export interface Evidence {
  asOf: Day;
  line: Timeline;
  grid: WeekGrid;
  units: ScoredUnit[];
  daily: DailyMatrix;
  /** Weekly medians: unit u, week w at u * weeks + w. */
  weekly: Float64Array;
  peers: PeerGroups;
  curves: Map<number, UnitCurves>;
  events: Map<number, UnitEvent[]>;
  areas: AreaBalance;
  prices: Map<string, number>;
  labels: Label[];
  /** What the workspace had: the indicators that need a missing kind are skipped. */
  has: { archive: boolean; curves: boolean; events: boolean; areas: boolean; bills: boolean; labels: boolean };
}

/** Null when the workspace holds no consumption on or before `asOf`. */
export function loadEvidence(db: Db, asOfLimit: Day | null, progress: (fraction: number, message: string) => void = () => {}): Evidence | null {
  const asOf = lastConsumptionDay(db, asOfLimit);
  const first = firstConsumptionDay(db);
  if (asOf === null || first === null || first > asOf) return null;
  const line = timeline(Math.max(first, addDays(asOf, -(HISTORY_DAYS - 1))), asOf);
  const grid = weekGrid(line.length);
  const { units, unitOfMeter, unitOfCustomer } = loadUnits(db);
  progress(0.05, 'Reading daily consumption');
  const daily = loadDaily(db, line, unitOfMeter, units.length);
  const weekly = new Float64Array(units.length * grid.weeks);
  for (let u = 0; u < units.length; u++) weeklyMedians(daily.values, u * daily.days, grid, weekly.subarray(u * grid.weeks, (u + 1) * grid.weeks));
  // Daily peer levels only where changes are looked for by day (indicators/steps.ts).
  const peers = peerGroups(units, weekly, grid.weeks, grid.weeks < MIN_WEEKS ? daily : undefined);
  progress(0.25, 'Reading interval curves');
  const curves = loadCurves(db, line, grid, unitOfMeter);
  progress(0.45, 'Reading meter events, area supply, bills and inspections');
  const events = loadEvents(db, line, unitOfMeter);
  const areas = loadAreaBalance(db, line, units, daily);
  const prices = billedPrices(db, asOf);
  const labels = loadLabels(db, asOf, unitOfCustomer);
  return {
    asOf,
    line,
    grid,
    units,
    daily,
    weekly,
    peers,
    curves,
    events,
    areas,
    prices,
    labels,
    has: {
      archive: unitOfCustomer.size > 0,
      curves: curves.size > 0,
      events: events.size > 0,
      areas: areas.lossRate.size > 0,
      bills: prices.size > 0,
      labels: labels.length > 0,
    },
  };
}
