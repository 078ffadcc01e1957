// Every indicator of one unit, in order: the drops and shapes first, which date the change;
// then the evidence read around that date (meter events, the area's balance). An indicator that
// cannot be computed (no curves, no archive, too short a history) is left out.
import { indicatorCodes, type Indicator, type IndicatorCode } from '../types.js';
import { areaBalance } from './areaBalance.js';
import { baseDrop } from './baseDrop.js';
import { belowCapacity } from './belowCapacity.js';
import { flatLoad } from './flatLoad.js';
import { meterEvents } from './meterEvents.js';
import { nearZero } from './nearZero.js';
import { noisyReadings } from './noisyReadings.js';
import type { Drop } from './ownDrop.js';
import { ownDrop } from './ownDrop.js';
import { peerDrop } from './peerDrop.js';
import { reversedDay } from './reversedDay.js';
import { shapeChange } from './shapeChange.js';
import { zeroWindow } from './zeroWindow.js';
import type { UnitView } from './view.js';

export interface UnitIndicators {
  indicators: Indicator[];
  /** The stronger of the own and peer drops (the loss estimate's baseline), if any. */
  drop: Drop | null;
}

export function unitIndicators(view: UnitView): UnitIndicators {
  const own = ownDrop(view);
  const peer = peerDrop(view);
  const shapes = [flatLoad(view), zeroWindow(view), noisyReadings(view), shapeChange(view), reversedDay(view)];
  // Only a drop the own history holds for more than noise has a standing load to follow.
  const base = baseDrop(view, own && own.indicator.value > 0 ? own.drop : null, own?.indicator.value ?? 0);
  const found: (Indicator | null)[] = [own?.indicator ?? null, peer?.indicator ?? null, base, nearZero(view), belowCapacity(view), ...shapes];
  const drops = [own, peer].filter((d) => d?.drop).sort((a, b) => b!.indicator.value - a!.indicator.value);
  const drop = drops[0]?.drop ?? null;
  // The change the events and the area's balance are read around: the strongest dated finding.
  const dated = found.filter((i): i is Indicator => i !== null && i.changeDay !== undefined && i.value > 0.05);
  dated.sort((a, b) => b.value - a.value);
  view.changeDay = dated[0]?.changeDay ?? null;
  found.push(meterEvents(view), areaBalance(view));
  return { indicators: found.filter((i): i is Indicator => i !== null), drop };
}

/** The indicators' values in indicatorCodes order, NaN for those not computed. */
export function featureVector(indicators: Indicator[]): Float64Array {
  const values = new Float64Array(indicatorCodes.length).fill(Number.NaN);
  for (const i of indicators) values[indicatorCodes.indexOf(i.code)] = i.value;
  return values;
}

export function codeAt(index: number): IndicatorCode {
  return indicatorCodes[index]!;
}
