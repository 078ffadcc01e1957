// 气象: observations per station (or region) and time; daily observations carry only a date.
import type { Stamp } from '../../core/calendar.js';
import type { FieldReader } from './fieldReader.js';
import { alternatives, dateForms, SPLIT_DATE_FIELDS, type KindDefinition } from './types.js';

export interface WeatherRecord {
  /** '' when the file has no station column (one region's weather) */
  station: string;
  ts: Stamp;
  temperature: number | null;
  humidity: number | null;
  precipitation: number | null;
}

const VALUES = ['temperature', 'humidity', 'precipitation'];

export const weather: KindDefinition<WeatherRecord> = {
  kind: 'weather',
  fields: [
    { name: 'station', type: 'id' },
    { name: 'timestamp', type: 'datetime' },
    { name: 'date', type: 'date' },
    ...SPLIT_DATE_FIELDS,
    { name: 'time', type: 'time' },
    { name: 'temperature', type: 'number', unit: '°C' },
    { name: 'humidity', type: 'number', unit: '%' },
    { name: 'precipitation', type: 'number', unit: 'mm' },
  ],
  requirement: alternatives([['timestamp'], ...dateForms()], VALUES.map((v) => [v])),
  parse(r: FieldReader): WeatherRecord | null {
    const station = r.optionalKey('station') ?? '';
    const ts = weatherStamp(r);
    const temperature = r.number('temperature', { min: -80, max: 60 });
    const humidity = r.number('humidity', { min: 0, max: 100 });
    const precipitation = r.number('precipitation', { min: 0 });
    if (r.problem) return null;
    if (temperature === null && humidity === null && precipitation === null) {
      return r.fail(VALUES.find((v) => r.mapped(v)) ?? null, 'missing_value', 'the row has no temperature, humidity or precipitation');
    }
    return { station, ts: ts!, temperature, humidity, precipitation };
  },
};

/** A timestamp column, or a date (or split date columns) with an optional time-of-day column (a daily observation is stamped 00:00). */
function weatherStamp(r: FieldReader): Stamp | null {
  if (r.mapped('timestamp')) return r.stamp('timestamp');
  const day = r.day('date');
  if (day === null) return null;
  if (!r.mapped('time')) return day * 10_000;
  const minutes = r.timeOfDay('time');
  if (minutes === null) return null;
  if (minutes >= 1440) return r.fail('time', 'invalid_time', `${r.raw('time')} in ${r.header('time')} is not a time within the day`);
  return day * 10_000 + Math.floor(minutes / 60) * 100 + (minutes % 60);
}
