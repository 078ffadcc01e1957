// A temperature forecast file for a scenario (CSV or XLSX: a time and a temperature per row,
// optionally a station), read by the import pipeline's own reader as the weather kind: the
// same encodings, header detection, synonyms (时间, 温度, 气温 ...) and date forms as an import,
// but nothing is written. Rows the weather kind would quarantine are skipped; a file with no
// usable temperature is refused as forecast.bad_temperature_file.
import path from 'node:path';
import { EngineError, toErrorPayload } from '../api/errors.js';
import type { Stamp } from '../core/calendar.js';
import { FieldReader } from '../import/kinds/fieldReader.js';
import { kindDefinitions, synonymTable } from '../import/kinds/index.js';
import type { WeatherRecord } from '../import/kinds/weather.js';
import { resolveMapping } from '../import/mapping.js';
import { isBlankRow, readSample, SAMPLE_ROWS } from '../import/mappingSample.js';
import { openTable } from '../import/openTable.js';
import type { RowView } from '../import/table.js';

export interface TemperatureFile {
  /** °C by the observation's time; several stations at one time are averaged. */
  values: Map<Stamp, number>;
  rows: number;
  skipped: number;
}

export async function readTemperatureFile(file: string): Promise<TemperatureFile> {
  const name = path.basename(file);
  const refuse = (why: string): EngineError =>
    new EngineError('forecast.bad_temperature_file', `${name}: ${why}`, { file: name, reason: why });
  let source;
  try {
    source = await openTable(file);
  } catch (error) {
    throw refuse(toErrorPayload(error, { path: file }).message);
  }
  try {
    const sample = await readSample(source, [synonymTable('weather')]);
    if (sample.headers.length === 0) throw refuse('no header row with a time and a temperature column was found.');
    const resolution = resolveMapping('weather', sample.headers, sample.headerRowNumber - 1, undefined, sample.rows.slice(0, SAMPLE_ROWS));
    if (resolution.mapping.fields.temperature === undefined) throw refuse('no temperature column (温度, 气温, temperature ...) was found.');
    if (resolution.missing.length > 0) throw refuse(`no ${resolution.missing.map((m) => m.field).join(' or ')} column was found.`);
    const reader = new FieldReader(sample.headers, resolution.mapping.fields, source.format === 'csv');
    const parse = kindDefinitions.weather.parse as (r: FieldReader) => WeatherRecord | null;
    const sums = new Map<Stamp, { sum: number; n: number }>();
    let rows = 0;
    let skipped = 0;
    const take = (row: RowView) => {
      if (isBlankRow(row)) return;
      rows++;
      reader.start(row);
      const record = parse(reader);
      if (record === null || record.temperature === null) {
        skipped++;
        return;
      }
      const cell = sums.get(record.ts);
      if (cell) {
        cell.sum += record.temperature;
        cell.n++;
      } else sums.set(record.ts, { sum: record.temperature, n: 1 });
    };
    for (const row of sample.rows) take(row);
    for (;;) {
      const next = await sample.rest.next();
      if (next.done) break;
      for (const row of next.value) take(row);
    }
    if (sums.size === 0) throw refuse(`none of its ${rows} rows has a time and a temperature that could be read.`);
    const values = new Map<Stamp, number>();
    for (const [ts, { sum, n }] of sums) values.set(ts, sum / n);
    return { values, rows, skipped };
  } finally {
    await source.close();
  }
}
