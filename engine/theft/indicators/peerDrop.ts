// Drop against peers: the customer's weekly consumption (daily on a short history,
// indicators/steps.ts) as a share of its peer group's median (same category, industry and area,
// see series/peers.ts), and the lowest run of that share. Seasons, weather and weekdays move
// the peers too, so a summer's end or a warm week is not a drop here.
import { significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { datedDrop, type Drop } from './ownDrop.js';
import { byDays, dailyChangePoint, lowestStep, type StepSeries } from './steps.js';
import { iso, round, type UnitView } from './view.js';

export function peerDrop(view: UnitView): { indicator: Indicator; drop: Drop | null } | null {
  const { peers } = view.ev;
  const group = peers.groupOf[view.index]!;
  if (peers.sizes[group]! < 2) return null;
  const series = shareOfPeers(view, group);
  if (!series) return null;
  const step = lowestStep(view, series);
  const peerName = peers.names[group]!;
  if (!step || step.segment.drop <= 0) {
    return { indicator: { code: 'peer_drop', value: 0, message: 'Consumption kept its share of its peers.', details: { peers: peerName } }, drop: null };
  }
  const { segment } = step;
  const drop = datedDrop(view, series, step);
  return {
    indicator: {
      code: 'peer_drop',
      value: segment.drop * significance(segment.t),
      message: `Against ${peers.sizes[group]} peers (${peerName}) consumption fell from ${round(segment.before * 100, 0)}% to ${round(segment.inside * 100, 0)}% of the peer median around ${iso(drop.changeDay)}.`,
      details: {
        changeDay: iso(drop.changeDay),
        shareBeforePercent: round(segment.before * 100, 0),
        shareAfterPercent: round(segment.inside * 100, 0),
        peers: peerName,
        peerCount: peers.sizes[group]!,
        t: round(segment.t, 1),
      },
      changeDay: drop.changeDay,
    },
    drop,
  };
}

/** The unit's level over its peers', per week, or per day on a short history (null when too short). */
function shareOfPeers(view: UnitView, group: number): StepSeries | null {
  const { peers, grid, daily } = view.ev;
  if (!byDays(view)) {
    const values = new Float64Array(view.weeks);
    for (let w = 0; w < view.weeks; w++) {
      const level = peers.levels[group * grid.weeks + w]!;
      values[w] = level > 0 ? view.weekly[w]! / level : Number.NaN;
    }
    return { values, length: view.weeks, byDay: false };
  }
  if (!peers.dayLevels || view.end < dailyChangePoint.minBefore + dailyChangePoint.minInside) return null;
  const values = new Float64Array(view.end);
  for (let i = 0; i < view.end; i++) {
    const level = peers.dayLevels[group * daily.days + i]!;
    values[i] = level > 0 ? view.daily[i]! / level : Number.NaN;
  }
  return { values, length: view.end, byDay: true };
}
