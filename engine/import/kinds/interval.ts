// 负荷曲线: interval load. Values become average kW per interval whatever the file holds
// (kWh per interval is divided by the interval's hours), one meter-day at a time (wide)
// or one point at a time (long).
import { POINTS_FIELD } from '../../api/importTypes.js';
import { addDays, type Day } from '../../core/calendar.js';
import type { FieldReader } from './fieldReader.js';
import { intervalLayout, type EnergyUnit, type IntervalLayout } from './intervalLayout.js';
import { alternatives, dateForms, SPLIT_DATE_FIELDS, type KindDefinition, type LayoutInput } from './types.js';
import { codeTable } from './vocabulary.js';

/** A wide row: one meter-day. `kw` is the layout's scratch array, valid until the next row. */
export interface CurveDay {
  format: 'wide';
  meter: string;
  day: Day;
  kw: Float32Array;
}

/** A long row: one point (the layout's record, valid until the next row). */
export interface CurvePoint {
  format: 'long';
  meter: string;
  day: Day;
  /** 0-based interval of the day */
  slot: number;
  kw: number;
}

export type CurveRecord = CurveDay | CurvePoint;

/** The layout with the records its rows are parsed into, reused row after row (no allocation per value). */
export interface IntervalParseLayout extends IntervalLayout {
  scratch: Float32Array;
  point: CurvePoint;
}

export const interval: KindDefinition<CurveRecord, IntervalParseLayout> = {
  kind: 'interval',
  fields: [
    { name: 'meter', type: 'id' },
    { name: 'date', type: 'date' },
    ...SPLIT_DATE_FIELDS,
    { name: 'timestamp', type: 'datetime' },
    { name: 'time', type: 'time' },
    { name: 'value', type: 'number', unit: 'kW', unitOfFile: true },
    { name: 'dataType', type: 'text' },
    { name: POINTS_FIELD, type: 'number', unit: 'kW', unitOfFile: true },
  ],
  requirement: [
    ...alternatives([['meter']], dateForms(), [[POINTS_FIELD]]),
    ['meter', 'timestamp', 'value'],
    ['meter', 'date', 'time', 'value'],
  ],
  prepare(input: LayoutInput): IntervalParseLayout {
    const layout = intervalLayout(input);
    const point: CurvePoint = { format: 'long', meter: '', day: 0, slot: 0, kw: 0 };
    return { ...layout, scratch: new Float32Array(layout.points), point };
  },
  parse(r: FieldReader, layout: IntervalParseLayout): CurveRecord | null {
    return layout.format === 'wide' ? parseWide(r, layout) : parseLong(r, layout);
  },
};

/** kW per unit of the row's values: kWh per interval over the interval's hours. */
function kwFactor(r: FieldReader, layout: IntervalLayout): number | null {
  const unit = layout.unit ?? dataTypeUnit(r);
  if (unit === null) return null;
  return unit === 'kWh' ? 60 / layout.intervalMinutes : 1;
}

function dataTypeUnit(r: FieldReader): EnergyUnit | null {
  const raw = r.id('dataType');
  if (raw === null) return null;
  const unit = codeTable('interval', 'dataType').lookup(raw);
  if (unit === 'kW' || unit === 'kWh') return unit;
  return r.fail(
    'dataType',
    'unsupported_data_type',
    `'${raw}' in ${r.header('dataType')} is not active power (kW) or energy (kWh); only those curves are imported`,
  );
}

function parseWide(r: FieldReader, layout: IntervalParseLayout): CurveDay | null {
  const meter = layout.meter ?? r.key('meter');
  const day = r.day('date');
  const factor = kwFactor(r, layout);
  if (r.problem) return null;
  const kw = layout.scratch;
  const columns = layout.pointColumns;
  for (let i = 0; i < columns.length; i++) {
    const value = r.numberAt(columns[i]!);
    if (value === null) return null;
    kw[i] = value * factor!;
  }
  return { format: 'wide', meter: meter!, day: day!, kw };
}

function parseLong(r: FieldReader, layout: IntervalParseLayout): CurvePoint | null {
  const point = layout.point;
  const meter = layout.meter ?? r.key('meter');
  const minutes = readWhen(r, point);
  const value = r.number('value', { required: true });
  const factor = kwFactor(r, layout);
  if (r.problem || !placeOnGrid(r, point, minutes!, layout)) return null;
  point.meter = meter!;
  point.kw = value! * factor!;
  return point;
}

/** Sets the point's day; returns the minute of the day (0..1440), or null. */
function readWhen(r: FieldReader, point: CurvePoint): number | null {
  if (r.mapped('timestamp')) {
    const stamp = r.stamp('timestamp');
    if (stamp === null) return null;
    const hhmm = stamp % 10_000;
    point.day = Math.floor(stamp / 10_000);
    return Math.floor(hhmm / 100) * 60 + (hhmm % 100);
  }
  const day = r.day('date');
  const minutes = r.timeOfDay('time');
  if (day === null || minutes === null) return null;
  point.day = day;
  return minutes;
}

/**
 * Moves the point to the day and interval its stamp stands for. End-labelled stamps close
 * their interval: 00:15 is the first quarter hour, 24:00 (or 00:00 of the next day) the last.
 */
function placeOnGrid(r: FieldReader, point: CurvePoint, minutes: number, layout: IntervalLayout): boolean {
  const step = layout.intervalMinutes;
  if (minutes % step !== 0) {
    const field = r.mapped('timestamp') ? 'timestamp' : 'time';
    r.fail(field, 'invalid_time', `${r.raw(field)} in ${r.header(field)} is not on the ${step}-minute grid of this file`);
    return false;
  }
  let index = minutes / step;
  if (layout.timeLabel === 'end') index -= 1;
  if (index < 0) {
    point.day = addDays(point.day, -1);
    index = layout.points - 1;
  } else if (index >= layout.points) {
    point.day = addDays(point.day, 1);
    index -= layout.points;
  }
  point.slot = index;
  return true;
}
