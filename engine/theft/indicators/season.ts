// What the season alone would do to a weekly low run: the level its weeks keep against the
// other weeks, read from the peers' levels over the same weeks and from the customer's own
// same weeks in the other year of the history (when it holds them). An honest customer's
// summer's end or harvest's end dips with its peers, or as it did last year; a theft does not.
import { meanOfKnown } from '../series/stats.js';
import type { LowSegment } from '../series/changePoint.js';
import { MIN_PEERS } from '../series/peers.js';
import type { UnitView } from './view.js';

const YEAR_WEEKS = 52;

/** The smallest share of the level the season explains over the run (1 = no seasonal dip), from the peers and last year. */
export function seasonalKeep(view: UnitView, segment: LowSegment): number {
  const { peers, grid } = view.ev;
  const group = peers.groupOf[view.index]!;
  let keep = 1;
  // A smaller group's median is too much the customer's own level to tell its season.
  if (peers.sizes[group]! >= MIN_PEERS) {
    keep = Math.min(keep, keptShare(peers.levels.subarray(group * grid.weeks, group * grid.weeks + view.weeks), segment.start, segment.end, -1, -1));
  }
  // The same weeks in the other year: a year earlier, else (a run in the first year that came
  // back) a year later, when those weeks lie wholly after the run.
  const shift = segment.start >= YEAR_WEEKS ? -YEAR_WEEKS : segment.end + YEAR_WEEKS <= view.weeks && segment.start + YEAR_WEEKS >= segment.end ? YEAR_WEEKS : 0;
  if (shift !== 0) {
    keep = Math.min(keep, keptShare(view.weekly.subarray(0, view.weeks), segment.start + shift, segment.end + shift, segment.start, segment.end));
  }
  return keep;
}

/** Mean of [from, to) over the mean of the other known weeks, leaving out [skipFrom, skipTo) too (NaN-free: 1 when unknown). */
function keptShare(series: Float64Array, from: number, to: number, skipFrom: number, skipTo: number): number {
  const inside = meanOfKnown(series, from, to);
  let sum = 0;
  let n = 0;
  for (let w = 0; w < series.length; w++) {
    const v = series[w]!;
    if ((w >= from && w < to) || (w >= skipFrom && w < skipTo) || Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  const outside = n === 0 ? Number.NaN : sum / n;
  return outside > 0 && inside >= 0 ? inside / outside : 1;
}
