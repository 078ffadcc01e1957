// How an interval (load curve) file is laid out, decided once from its headers and a sample:
//  - wide: one row per meter-day, point columns P1..P96 / H1..H24 / 0:15..24:00 / 00:00..23:45;
//  - long: one row per value, a timestamp (or a date and a time) per row.
// Long files say neither their interval nor whether a stamp opens or closes its interval:
// 24:00, or a first point one interval after midnight (00:15), means stamps close it.
import { detectPointColumns, headerUnit } from '../headers.js';
import { parseTimeOfDay } from '../parse/dates.js';
import type { RowView } from '../table.js';
import type { LayoutInput } from './types.js';

export type EnergyUnit = 'kW' | 'kWh';

export interface IntervalLayout {
  format: 'wide' | 'long';
  points: 24 | 48 | 96;
  intervalMinutes: 15 | 30 | 60;
  timeLabel: 'start' | 'end';
  /** The unit of every value, or null when each row's data-type column (数据类型) says. */
  unit: EnergyUnit | null;
  /** Wide files: the column of each point, in time order. */
  pointColumns: number[];
  /** The meter of a file without a meter column (options.meter). */
  meter: string | null;
}

const UNIT_WORDS: Record<string, EnergyUnit> = { kw: 'kW', 千瓦: 'kW', kwh: 'kWh', 千瓦时: 'kWh', 度: 'kWh' };

function unitOfHeader(header: string | undefined): EnergyUnit | null {
  const unit = header === undefined ? null : headerUnit(header);
  return unit ? (UNIT_WORDS[unit.toLowerCase()] ?? null) : null;
}

export function intervalLayout({ headers, columns, options, sample }: LayoutInput): IntervalLayout {
  const long = columns.value !== undefined && (columns.timestamp !== undefined || columns.time !== undefined);
  const wide = long ? null : detectPointColumns([...headers]);
  const meter = options.meter ?? null;
  if (wide) {
    const unit = options.unit ?? unitOfHeader(headers[wide.columns[0]!]) ?? (columns.dataType === undefined ? 'kW' : null);
    return {
      format: 'wide',
      points: wide.points,
      intervalMinutes: (1440 / wide.points) as IntervalLayout['intervalMinutes'],
      timeLabel: options.timeLabel ?? wide.timeLabel,
      unit,
      pointColumns: wide.columns,
      meter,
    };
  }
  const minutes = sampleMinutes(sample, columns);
  const intervalMinutes = options.intervalMinutes ?? detectInterval(minutes);
  const unit = options.unit ?? unitOfHeader(headers[columns.value ?? -1]) ?? (columns.dataType === undefined ? 'kW' : null);
  return {
    format: 'long',
    points: (1440 / intervalMinutes) as IntervalLayout['points'],
    intervalMinutes,
    timeLabel: options.timeLabel ?? detectTimeLabel(minutes, intervalMinutes),
    unit,
    pointColumns: [],
    meter,
  };
}

/** Minute of day (0..1440, 24:00 kept as 1440) of each sample row with a readable time, in file order. */
function sampleMinutes(sample: readonly RowView[], columns: Readonly<Record<string, number>>): number[] {
  const column = columns.timestamp ?? columns.time;
  if (column === undefined) return [];
  const out: number[] = [];
  for (const row of sample) {
    const minutes = parseTimeOfDay(row.text(column));
    if (minutes !== null) out.push(minutes);
  }
  return out;
}

/**
 * The grid every stamp sits on: the greatest common divisor of the minutes, snapped to 15, 30
 * or 60. A sample that shows a single time (a file sorted by time, then meter) says nothing:
 * 15 minutes, the collection systems' usual 96 points, is assumed (options.intervalMinutes overrides).
 */
function detectInterval(minutes: readonly number[]): IntervalLayout['intervalMinutes'] {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let grid = 0;
  for (const m of minutes) grid = gcd(grid, m % 1440);
  if (grid === 0) return 15;
  if (grid % 60 === 0) return 60;
  if (grid % 30 === 0) return 30;
  return 15; // finer or irregular grids: stamps off the 15-minute grid are reported row by row
}

function detectTimeLabel(minutes: readonly number[], intervalMinutes: number): 'start' | 'end' {
  if (minutes.includes(1440)) return 'end';
  return minutes[0] === intervalMinutes ? 'end' : 'start';
}
