// Load moved out of peak hours (Jokar's h5/h6: a meter that reports the day's mean, or the day
// reversed, keeps the day's kWh but moves the evening peak into the cheap night): from the
// change day on, each period's metered kWh is valued at its hourly shares before the change
// (what the customer used to pay for that energy) and at the shares it was metered with; the
// difference, over the time-of-use prices of evidence/touTariff.ts, is the bill lost. Also the
// energy moved out of peak hours and the loss as kWh at the flat price (what ranking needs).
import { formatDay, type Day } from '../core/calendar.js';
import { HOURS } from './evidence/curves.js';
import { shapeTable, type ShapeTable } from './indicators/shapeSeries.js';
import type { UnitView } from './indicators/view.js';
import type { TouTariff } from './touTariff.js';

export interface TouShift {
  /** The first day valued (the change day). */
  fromDay: Day;
  /** Days valued (days after the change whose period has a curve). */
  days: number;
  /** kWh the customer used in peak hours before the change that the meter now puts elsewhere. */
  movedKwh: number;
  /** The bill lost, yuan at the tariff's prices (0 when the load moved into dearer hours). */
  yuan: number;
  /** yuan at the flat price: kWh to rank by. */
  equivalentKwh: number;
}

/** Fewest periods with a curve before the change for the customer's usual shape. */
const MIN_BEFORE = 2;

export function touShift(view: UnitView, tariff: TouTariff): TouShift | null {
  const curves = view.ev.curves.get(view.index);
  const table = curves ? shapeTable(view, curves) : null;
  if (!table || view.changeDay === null) return null;
  const dayIndex = view.ev.line.index(view.changeDay);
  // The period the change falls in is valued with the shape it was metered with.
  const change = table.byDay ? dayIndex : Math.floor((dayIndex - view.ev.grid.offset) / 7);
  if (change <= 0 || change >= table.length) return null;
  const usual = usualShares(table, change);
  if (!usual) return null;
  const periodDays = table.byDay ? 1 : 7;
  let yuan = 0;
  let movedKwh = 0;
  let days = 0;
  for (let p = change; p < table.length; p++) {
    const kwh = table.byDay ? view.daily[p]! : view.weekly[p]!;
    if (table.days[p]! < table.minDays || Number.isNaN(kwh)) continue;
    let yuanDay = 0;
    let peakDay = 0;
    for (let h = 0; h < HOURS; h++) {
      const lost = kwh * (usual[h]! - table.sums[p * HOURS + h]! / table.days[p]!);
      yuanDay += lost * tariff.hourPrice[h]!;
      if (tariff.peakHour[h]) peakDay += lost;
    }
    yuan += yuanDay * periodDays;
    movedKwh += peakDay * periodDays;
    days += periodDays;
  }
  if (days === 0) return null;
  yuan = Math.max(0, yuan);
  return { fromDay: view.changeDay, days, movedKwh: Math.max(0, movedKwh), yuan, equivalentKwh: yuan / tariff.flat };
}

/** Each hour's mean share of the day over the periods before `change` that have a curve (null with too few). */
function usualShares(table: ShapeTable, change: number): Float64Array | null {
  const shares = new Float64Array(HOURS);
  let days = 0;
  let periods = 0;
  for (let p = 0; p < change; p++) {
    if (table.days[p]! < table.minDays) continue;
    for (let h = 0; h < HOURS; h++) shares[h]! += table.sums[p * HOURS + h]!;
    days += table.days[p]!;
    periods++;
  }
  if (periods < MIN_BEFORE) return null;
  for (let h = 0; h < HOURS; h++) shares[h]! /= days;
  return shares;
}

export const touShiftSentence = (s: TouShift, yuan: boolean) =>
  `a time-of-use shift from ${formatDay(s.fromDay)}: ${Math.round(s.movedKwh)} kWh moved out of peak hours over ${s.days} days` +
  (yuan ? `, ${s.yuan.toFixed(2)} yuan at the peak/flat/valley prices` : '') +
  ` (${Math.round(s.equivalentKwh)} kWh at the flat price)`;
