// Daily temperature per station (agg_weather_daily) from the hourly (or finer) weather rows.
import type { Db } from '../store/database.js';
import type { DaySpan } from './range.js';

export function refreshWeather(db: Db, days: DaySpan): void {
  db.prepare('DELETE FROM agg_weather_daily WHERE day BETWEEN ? AND ?').run(days.from, days.to);
  db.prepare(
    `INSERT INTO agg_weather_daily (day, station, temperature_mean, temperature_min, temperature_max)
     SELECT ts / 10000, station, AVG(temperature), MIN(temperature), MAX(temperature)
       FROM weather
      WHERE ts BETWEEN ? AND ?
      GROUP BY 1, 2`,
  ).run(days.from * 10_000, days.to * 10_000 + 2359);
}
