// Drop against peers: the customer's weekly consumption as a share of its peer group's median
// (same category, industry and area, see series/peers.ts), and the lowest run of that share.
// Seasons move the peers too, so a summer's end is not a drop here. Weekly only: the peers'
// levels are weekly, and a short history is judged on the unit's own days (indicators/steps.ts).
import { significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { datedDrop, type Drop } from './ownDrop.js';
import { byDays, lowestStep, type StepSeries } from './steps.js';
import { iso, round, type UnitView } from './view.js';

export function peerDrop(view: UnitView): { indicator: Indicator; drop: Drop | null } | null {
  const { peers, grid } = view.ev;
  const group = peers.groupOf[view.index]!;
  if (byDays(view) || peers.sizes[group]! < 2) return null;
  const share = new Float64Array(view.weeks);
  for (let w = 0; w < view.weeks; w++) {
    const level = peers.levels[group * grid.weeks + w]!;
    share[w] = level > 0 ? view.weekly[w]! / level : Number.NaN;
  }
  const series: StepSeries = { values: share, length: view.weeks, byDay: false };
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
