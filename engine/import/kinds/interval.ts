// 负荷曲线: interval load. Values become average kW per interval whatever the file holds
// (kWh per interval is divided by the interval's hours), one meter-day at a time (wide)
// or one point at a time (long).
import { addDays, type Day } from '../../core/calendar.js';
import type { FieldReader } from './fieldReader.js';
import { intervalLayout, type EnergyUnit, type IntervalLayout } from './intervalLayout.js';
import { alternatives, DATE_FORMS, SPLIT_DATE_FIELDS, type KindDefinition, type LayoutInput } from './types.js';
import { codeTable } from './vocabulary.js';

/** A wide row: one meter-day. `kw` is the layout's scratch array, valid until the next row. */
export interface CurveDay {
  format: 'wide';
  meter: string;
  day: Day;
  kw: Float32Array;
}

/** A long row: one point. */
export interface CurvePoint {
  format: 'long';
  meter: string;
  day: Day;
  /** 0-based interval of the day */
  slot: number;
  kw: number;
}

export type CurveRecord = CurveDay | CurvePoint;

export interface IntervalParseLayout extends IntervalLayout {
  scratch: Float32Array;
}

/** The point columns of a wide file, shown and required as one field. */
export const POINTS_FIELD = 'points';

export const interval: KindDefinition<CurveRecord, IntervalParseLayout> = {
  kind: 'interval',
  fields: [
    { name: 'meter', type: 'id' },
    { name: 'date', type: 'date' },
    ...SPLIT_DATE_FIELDS,
    { name: 'timestamp', type: 'datetime' },
    { name: 'time', type: 'time' },
    { name: 'value', type: 'number', unit: 'kW' },
    { name: 'dataType', type: 'text' },
    { name: POINTS_FIELD, type: 'number', unit: 'kW' },
  ],
  requirement: [
    ...alternatives([['meter']], DATE_FORMS, [[POINTS_FIELD]]),
    ['meter', 'timestamp', 'value'],
    ['meter', 'date', 'time', 'value'],
  ],
  prepare(input: LayoutInput): IntervalParseLayout {
    const layout = intervalLayout(input);
    return { ...layout, scratch: new Float32Array(layout.points) };
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
  const meter = layout.meter ?? r.id('meter');
  const day = r.date();
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

function parseLong(r: FieldReader, layout: IntervalLayout): CurvePoint | null {
  const meter = layout.meter ?? r.id('meter');
  const when = readWhen(r);
  const value = r.number('value', { required: true });
  const factor = kwFactor(r, layout);
  if (r.problem) return null;
  const placed = placeOnGrid(r, when!.day, when!.minutes, layout);
  if (!placed) return null;
  return { format: 'long', meter: meter!, day: placed.day, slot: placed.slot, kw: value! * factor! };
}

function readWhen(r: FieldReader): { day: Day; minutes: number } | null {
  if (r.mapped('timestamp')) {
    const stamp = r.stamp('timestamp');
    if (stamp === null) return null;
    const hhmm = stamp % 10_000;
    return { day: Math.floor(stamp / 10_000), minutes: Math.floor(hhmm / 100) * 60 + (hhmm % 100) };
  }
  const day = r.date();
  const minutes = r.timeOfDay('time');
  return day === null || minutes === null ? null : { day, minutes };
}

/**
 * The day and interval a stamp stands for. End-labelled stamps close their interval:
 * 00:15 is the first quarter hour, 24:00 (or 00:00 of the next day) the last.
 */
function placeOnGrid(r: FieldReader, day: Day, minutes: number, layout: IntervalLayout): { day: Day; slot: number } | null {
  const step = layout.intervalMinutes;
  if (minutes % step !== 0) {
    const field = r.mapped('timestamp') ? 'timestamp' : 'time';
    return r.fail(field, 'invalid_time', `${r.raw(field)} in ${r.header(field)} is not on the ${step}-minute grid of this file`);
  }
  let index = minutes / step;
  if (layout.timeLabel === 'end') index -= 1;
  if (index < 0) return { day: addDays(day, -1), slot: layout.points - 1 };
  if (index >= layout.points) return { day: addDays(day, 1), slot: index - layout.points };
  return { day, slot: index };
}
