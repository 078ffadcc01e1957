// Transformer-area energy balance: a thief's unmetered energy still flows through the area's
// transformer, so when the customer's metered consumption drops the area's loss rate rises: a
// negative correlation between the two over the weeks around the change (90 days before it to
// the end, or the last 180 days without a change). Value: that negative correlation (0 if none).
import { addDays } from '../../core/calendar.js';
import { correlation, meanOfKnown } from '../series/stats.js';
import type { Indicator } from '../types.js';
import { iso, round, type UnitView } from './view.js';

export function areaBalance(view: UnitView): Indicator | null {
  const area = view.unit.areaId;
  const loss = area === null ? undefined : view.ev.areas.lossRate.get(area);
  if (!loss) return null;
  const { line } = view.ev;
  const changeIndex = view.changeDay === null ? -1 : line.index(view.changeDay);
  const from = Math.max(0, changeIndex >= 0 ? line.index(addDays(view.changeDay!, -90)) : view.end - 180);
  const r = correlation(view.daily, loss, from, view.end, 28);
  if (Number.isNaN(r)) return null;
  const split = changeIndex > from ? changeIndex : Math.floor((from + view.end) / 2);
  const lossBefore = meanOfKnown(loss, from, split);
  const lossAfter = meanOfKnown(loss, split, view.end);
  return {
    code: 'area_balance',
    value: Math.max(0, -r),
    message: `Area ${area}'s loss rate went from ${round(lossBefore * 100, 1)}% to ${round(lossAfter * 100, 1)}%; it moves against this customer's consumption (correlation ${round(r)}).`,
    details: { area, correlation: round(r), lossBeforePercent: round(lossBefore * 100, 1), lossAfterPercent: round(lossAfter * 100, 1), from: iso(line.day(from)) },
  };
}
