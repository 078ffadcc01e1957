// 台区供电量: energy into a transformer area per day (and, when the export has it, energy sold).
import type { Day } from '../../core/calendar.js';
import type { FieldReader } from './fieldReader.js';
import { alternatives, dateForms, SPLIT_DATE_FIELDS, type KindDefinition } from './types.js';

export interface AreaSupplyRecord {
  area: string;
  day: Day;
  suppliedKwh: number;
  soldKwh: number | null;
}

export const areaSupply: KindDefinition<AreaSupplyRecord> = {
  kind: 'area-supply',
  fields: [
    { name: 'area', type: 'id' },
    { name: 'date', type: 'date' },
    ...SPLIT_DATE_FIELDS,
    { name: 'supplied', type: 'number', unit: 'kWh' },
    { name: 'sold', type: 'number', unit: 'kWh' },
  ],
  requirement: alternatives([['area']], dateForms(), [['supplied']]),
  parse(r: FieldReader): AreaSupplyRecord | null {
    const area = r.key('area');
    const day = r.day('date');
    const supplied = r.number('supplied', { required: true, min: 0 });
    const sold = r.number('sold', { min: 0 });
    if (r.problem) return null;
    return { area: area!, day: day!, suppliedKwh: supplied!, soldKwh: sold };
  },
};
