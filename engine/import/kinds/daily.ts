// 日冻结: daily frozen register readings (the register at 00:00 of the day; consumption of
// day D = (R(D+1) - R(D)) x multiplier), or a given daily consumption. Rows are keyed by
// meter, or by customer number (resolved through the archive when written).
import type { Day } from '../../core/calendar.js';
import { REGISTERS } from '../../store/series.js';
import type { FieldReader } from './fieldReader.js';
import { alternatives, dateForms, SPLIT_DATE_FIELDS, type KindDefinition, type LayoutInput } from './types.js';

export interface DailyRecord {
  meter: string | null;
  customer: string | null;
  day: Day;
  /** Register values in REGISTERS order (total, sharp, peak, flat, valley; NaN = not read), or null. */
  readings: Float64Array | null;
  /** Given consumption in kWh, when the row has no reading. */
  consumption: number | null;
  /** The file's multiplier (综合倍率) for this meter, when it has a column. */
  multiplier: number | null;
}

export interface DailyLayout {
  /** 1: total only; 5: total and the time-of-use registers. */
  registers: 1 | 5;
  /** The meter of a file without a meter or customer column (options.meter). */
  meter: string | null;
}

export const daily: KindDefinition<DailyRecord, DailyLayout> = {
  kind: 'daily',
  fields: [
    { name: 'meter', type: 'id' },
    { name: 'customer', type: 'id' },
    { name: 'date', type: 'date' },
    ...SPLIT_DATE_FIELDS,
    ...REGISTERS.map((name) => ({ name, type: 'number' as const, unit: 'kWh' })),
    { name: 'consumption', type: 'number', unit: 'kWh' },
    { name: 'multiplier', type: 'number' },
  ],
  requirement: alternatives([['meter'], ['customer']], dateForms(), [['total'], ['consumption']]),
  prepare({ columns, options }: LayoutInput): DailyLayout {
    const timeOfUse = REGISTERS.slice(1).some((name) => columns[name] !== undefined);
    return { registers: timeOfUse ? 5 : 1, meter: options.meter ?? null };
  },
  parse(r: FieldReader, layout: DailyLayout): DailyRecord | null {
    const byMeter = layout.meter !== null || r.mapped('meter') || !r.mapped('customer');
    const key = layout.meter ?? r.key(byMeter ? 'meter' : 'customer');
    const day = r.day('date');
    const multiplier = r.number('multiplier', { positive: true });
    let readings: Float64Array | null = null;
    let consumption: number | null = null;
    if (!r.isBlank('total') || !r.mapped('consumption')) {
      readings = new Float64Array(layout.registers).fill(Number.NaN);
      for (let i = 0; i < layout.registers; i++) {
        const value = r.number(REGISTERS[i]!, { required: i === 0, min: 0 });
        if (value !== null) readings[i] = value;
      }
    } else {
      consumption = r.number('consumption', { required: true, min: 0 });
    }
    if (r.problem) return null;
    return {
      meter: byMeter ? key : null,
      customer: byMeter ? null : key,
      day: day!,
      readings,
      consumption,
      multiplier,
    };
  },
};
