// 稽查 / 现场检查: field-inspection outcomes with back-billed energy and charges.
import type { Day } from '../../core/calendar.js';
import type { FieldReader } from './fieldReader.js';
import { alternatives, dateForms, SPLIT_DATE_FIELDS, type KindDefinition } from './types.js';
import { codeTable } from './vocabulary.js';

export interface InspectionRecord {
  customer: string;
  day: Day;
  /** theft (窃电) | violation (违约用电) | cleared */
  outcome: string;
  outcomeRaw: string;
  backKwh: number | null;
  backYuan: number | null;
  penaltyYuan: number | null;
}

export const inspections: KindDefinition<InspectionRecord> = {
  kind: 'inspections',
  fields: [
    { name: 'customer', type: 'id' },
    { name: 'date', type: 'date' },
    ...SPLIT_DATE_FIELDS,
    { name: 'outcome', type: 'text' },
    { name: 'backKwh', type: 'number', unit: 'kWh' },
    { name: 'backYuan', type: 'number', unit: 'yuan' },
    { name: 'penaltyYuan', type: 'number', unit: 'yuan' },
  ],
  requirement: alternatives([['customer']], dateForms(), [['outcome']]),
  parse(r: FieldReader): InspectionRecord | null {
    const customer = r.key('customer');
    const day = r.day('date');
    const outcome = r.requiredCode('outcome', codeTable('inspections', 'outcome'));
    const backKwh = r.number('backKwh', { min: 0 });
    const backYuan = r.number('backYuan', { min: 0 });
    const penaltyYuan = r.number('penaltyYuan', { min: 0 });
    if (r.problem) return null;
    return { customer: customer!, day: day!, outcome: outcome!, outcomeRaw: r.raw('outcome'), backKwh, backYuan, penaltyYuan };
  },
};
