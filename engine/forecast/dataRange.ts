// The span of load a workspace holds and its weather stations, for the Forecast page's pickers:
// from the catalog's figures and ledger, never the load itself.
import type { ForecastDataRange } from '../api/forecastTypes.js';
import { formatDay, formatStamp, stampFromParts, type Day, type Stamp } from '../core/calendar.js';
import type { Db } from '../store/database.js';

/**
 * First and last interval of load, each named by its start: a curve's last interval starts at
 * 23:45 (96 points) to 23:00 (24 points), a day of daily consumption at its 00:00.
 */
export function forecastDataRange(db: Db): ForecastDataRange {
  const span = (kind: string) =>
    db.prepare('SELECT first_day, last_day FROM catalog_stats WHERE kind = ? AND rows > 0 AND first_day IS NOT NULL').raw(true).get(kind) as
      | [Day, Day]
      | undefined;
  const firsts: Stamp[] = [];
  const lasts: Stamp[] = [];
  const interval = span('interval');
  if (interval) {
    const points = (db.prepare(`SELECT MAX(units_per_day) FROM catalog_ledger_entities WHERE kind = 'interval'`).pluck().get() as number | null) ?? 96;
    const lastMinute = 1440 - 1440 / Math.max(points, 1);
    firsts.push(stampFromParts(interval[0], 0, 0));
    lasts.push(stampFromParts(interval[1], Math.floor(lastMinute / 60), lastMinute % 60));
  }
  const daily = span('daily');
  if (daily) {
    firsts.push(stampFromParts(daily[0], 0, 0));
    lasts.push(stampFromParts(daily[1], 0, 0));
  }
  const stations = (
    db
      .prepare(`SELECT entity, first_day, last_day FROM catalog_ledger_entities WHERE kind = 'weather' ORDER BY entity`)
      .raw(true)
      .all() as [string, Day, Day][]
  ).map(([station, firstDay, lastDay]) => ({ station, firstDay: formatDay(firstDay), lastDay: formatDay(lastDay), observations: observations(db, station) }));
  return {
    firstStamp: firsts.length > 0 ? formatStamp(Math.min(...firsts)) : null,
    lastStamp: lasts.length > 0 ? formatStamp(Math.max(...lasts)) : null,
    stations,
  };
}

/** A station's temperature observations, counted on its range of the weather table's key (the ledger counts rows per kind, not per station). */
function observations(db: Db, station: string): number {
  return db.prepare('SELECT COUNT(temperature) FROM weather WHERE station = ?').pluck().get(station) as number;
}
