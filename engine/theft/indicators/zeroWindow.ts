// Zero windows (Jokar's h2: readings zeroed over part of the day): the longest run of zero
// readings in a day, as a share of the day, grows for a run of weeks.
import { lowestSegment, significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { weeklyOfDaily } from './shapeSeries.js';
import { iso, round, weekStartDay, type UnitView } from './view.js';

export function zeroWindow(view: UnitView): Indicator | null {
  const curves = view.ev.curves.get(view.index);
  if (!curves || view.weeks < 10) return null;
  const zeroRun = weeklyOfDaily(view, curves.zeroRun);
  const segment = lowestSegment(zeroRun.map((z) => 1 - z), view.weeks);
  if (!segment) return { code: 'zero_window', value: 0, message: 'No new runs of zero readings in the curve.', details: {} };
  const before = (1 - segment.outside) * 24;
  const after = (1 - segment.inside) * 24;
  const changeDay = weekStartDay(view, segment.start);
  return {
    code: 'zero_window',
    value: Math.max(0, (after - before) / 24) * significance(segment.t),
    message: `From ${iso(changeDay)} the curve reads zero for ${round(after, 1)} hours in a row on a typical day (${round(before, 1)} before).`,
    details: { changeDay: iso(changeDay), zeroHoursBefore: round(before, 1), zeroHoursAfter: round(after, 1), t: round(segment.t, 1) },
    changeDay,
  };
}
