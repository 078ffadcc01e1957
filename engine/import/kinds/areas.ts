// 台区 and 线路: transformer areas and the feeders they hang on. A row may describe an area
// (with its feeder) or only a feeder.
import type { FieldReader } from './fieldReader.js';
import type { KindDefinition } from './types.js';

export interface AreaRecord {
  area: string | null;
  name: string | null;
  feeder: string | null;
  feederName: string | null;
  capacityKva: number | null;
  supplyUnit: string | null;
}

export const areas: KindDefinition<AreaRecord> = {
  kind: 'areas',
  fields: [
    { name: 'area', type: 'id' },
    { name: 'name', type: 'text' },
    { name: 'feeder', type: 'id' },
    { name: 'feederName', type: 'text' },
    { name: 'capacityKva', type: 'number', unit: 'kVA' },
    { name: 'supplyUnit', type: 'text' },
  ],
  requirement: [['area'], ['feeder']],
  parse(r: FieldReader): AreaRecord | null {
    const area = r.optionalKey('area');
    const feeder = r.optionalKey('feeder');
    if (area === null && feeder === null) r.key(r.mapped('area') ? 'area' : 'feeder');
    const record: AreaRecord = {
      area,
      name: r.text('name'),
      feeder,
      feederName: r.text('feederName'),
      capacityKva: r.number('capacityKva', { min: 0 }),
      supplyUnit: r.text('supplyUnit'),
    };
    return r.problem ? null : record;
  },
};
