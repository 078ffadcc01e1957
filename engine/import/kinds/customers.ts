// 档案: the customer archive. A row links a customer to its meter (with the multiplier),
// its transformer area and feeder; coded columns keep their raw text beside the code.
import type { Day } from '../../core/calendar.js';
import type { FieldReader } from './fieldReader.js';
import type { KindDefinition } from './types.js';
import { codeTable } from './vocabulary.js';

export interface CustomerRecord {
  customer: string;
  name: string | null;
  address: string | null;
  phone: string | null;
  idNumber: string | null;
  /** residential | commercial | large_industry | agricultural | other */
  category: string;
  categoryRaw: string | null;
  industry: string | null;
  voltage: string | null;
  contractKva: number | null;
  supplyUnit: string | null;
  area: string | null;
  feeder: string | null;
  meter: string | null;
  multiplier: number | null;
  openDay: Day | null;
  /** 1 prepaid (预付费), 0 postpaid, null unknown */
  prepaid: number | null;
  tariff: string | null;
}

export const customers: KindDefinition<CustomerRecord> = {
  kind: 'customers',
  fields: [
    { name: 'customer', type: 'id' },
    { name: 'name', type: 'text', personal: true },
    { name: 'address', type: 'text', personal: true },
    { name: 'phone', type: 'text', personal: true },
    { name: 'idNumber', type: 'text', personal: true },
    { name: 'category', type: 'text' },
    { name: 'industry', type: 'text' },
    { name: 'voltage', type: 'text' },
    { name: 'contractKva', type: 'number', unit: 'kVA' },
    { name: 'supplyUnit', type: 'text' },
    { name: 'area', type: 'id' },
    { name: 'areaName', type: 'text' },
    { name: 'feeder', type: 'id' },
    { name: 'feederName', type: 'text' },
    { name: 'meter', type: 'id' },
    { name: 'multiplier', type: 'number' },
    { name: 'openDate', type: 'date' },
    { name: 'prepaid', type: 'flag' },
    { name: 'tariff', type: 'text' },
  ],
  requirement: [['customer']],
  parse(r: FieldReader): CustomerRecord | null {
    const record: CustomerRecord = {
      customer: r.key('customer') ?? '',
      name: r.text('name'),
      address: r.text('address'),
      phone: r.text('phone'),
      idNumber: r.text('idNumber'),
      category: r.code('category', codeTable('customers', 'category'), 'other') ?? 'other',
      categoryRaw: r.text('category'),
      industry: r.text('industry'),
      voltage: r.text('voltage'),
      contractKva: r.number('contractKva', { min: 0 }),
      supplyUnit: r.text('supplyUnit'),
      // An archive may name the area (or feeder) only by its name: the name is then its key.
      area: r.text('area') ?? r.text('areaName'),
      feeder: r.text('feeder') ?? r.text('feederName'),
      meter: r.text('meter'),
      multiplier: r.number('multiplier', { positive: true }),
      openDay: r.day('openDate', false),
      prepaid: flag(r.code('prepaid', codeTable('customers', 'prepaid'), null)),
      tariff: r.text('tariff'),
    };
    return r.problem ? null : record;
  },
};

function flag(code: string | null): number | null {
  return code === null ? null : Number(code);
}
