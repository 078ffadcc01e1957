// 电费: one bill per customer and billing month (电费年月), with its payment.
import type { Day, Month } from '../../core/calendar.js';
import type { FieldReader } from './fieldReader.js';
import { alternatives, type KindDefinition } from './types.js';
import { codeTable } from './vocabulary.js';

export interface BillRecord {
  customer: string;
  month: Month;
  kwh: number | null;
  billedYuan: number;
  dueDay: Day | null;
  paidYuan: number;
  paidDay: Day | null;
  /** counter | bank | app | wechat | alipay | other */
  channel: string | null;
  channelRaw: string | null;
  arrearsYuan: number;
  lateFeeYuan: number;
}

export const bills: KindDefinition<BillRecord> = {
  kind: 'bills',
  fields: [
    { name: 'customer', type: 'id' },
    { name: 'month', type: 'month' },
    { name: 'year', type: 'integer' },
    { name: 'monthOfYear', type: 'integer' },
    { name: 'kwh', type: 'number', unit: 'kWh' },
    { name: 'billed', type: 'number', unit: 'yuan' },
    { name: 'dueDate', type: 'date' },
    { name: 'paid', type: 'number', unit: 'yuan' },
    { name: 'paidDate', type: 'date' },
    { name: 'channel', type: 'text' },
    { name: 'arrears', type: 'number', unit: 'yuan' },
    { name: 'lateFee', type: 'number', unit: 'yuan' },
  ],
  requirement: alternatives([['customer']], [['month'], ['year', 'monthOfYear']], [['billed']]),
  parse(r: FieldReader): BillRecord | null {
    const customer = r.key('customer');
    const month = r.month('month');
    // Refunds and corrections make negative bills legitimate; energy and fees cannot be.
    const billed = r.number('billed', { required: true });
    const paid = r.number('paid') ?? 0;
    const given = r.number('arrears', { min: 0 });
    const record = {
      kwh: r.number('kwh', { min: 0 }),
      dueDay: r.day('dueDate', false),
      paidDay: r.day('paidDate', false),
      channel: r.code('channel', codeTable('bills', 'channel'), 'other'),
      channelRaw: r.text('channel'),
      lateFeeYuan: r.number('lateFee', { min: 0 }) ?? 0,
    };
    if (r.problem) return null;
    // Without an arrears column the arrears follow from the bill and its payment, when both are given.
    const arrears = given ?? (r.mapped('paid') ? Math.max(0, Math.round((billed! - paid) * 100) / 100) : 0);
    return { customer: customer!, month: month!, billedYuan: billed!, paidYuan: paid, arrearsYuan: arrears, ...record };
  },
};
