// Monthly bills (电费) and how they are paid. A bill for month M is issued on the 1st of
// M+1 and due on the 20th. Prepaid customers are debited when billed; most others pay on
// time; habitually late payers pay days or weeks after the due date and owe a late fee of
// 0.1 % per day (违约金); chronic defaulters stop paying in full at some point and their
// arrears and fees grow. What is still unpaid at the end of the period is arrears.
import { addDays, addMonths, daysBetween, type Day, type Month } from '../core/calendar.js';
import type { Random } from './random.js';
import type { Channel, DemoCustomer } from './region.js';
import { billAmount, type MonthEnergy } from './tariffs.js';

export interface BillRow {
  month: Month;
  kwh: number;
  billedYuan: number;
  dueDay: Day;
  paidYuan: number;
  paidDay: Day | null;
  channel: Channel | null;
  arrearsYuan: number;
  lateFeeYuan: number;
  issueDay: Day;
}

export const channelText: Record<Channel, string> = {
  counter: '营业厅',
  bank: '银行代扣',
  app: '网上国网',
  wechat: '微信',
  alipay: '支付宝',
};

const LATE_FEE_PER_DAY = 0.001;
const channels: Channel[] = ['counter', 'bank', 'app', 'wechat', 'alipay'];

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Bills for the months in `energy` (oldest first), paid as the customer's habits go up to
 * `asOf`, the last day of the period.
 */
export function billsFor(rng: Random, customer: DemoCustomer, energy: Map<Month, MonthEnergy>, asOf: Day): BillRow[] {
  const months = [...energy.keys()];
  const defaultFrom = months[Math.floor(months.length / 2) + rng.int(0, Math.max(0, Math.floor(months.length / 2) - 1))];
  const bills: BillRow[] = [];
  for (const month of months) {
    const e = energy.get(month)!;
    const issueDay = addMonths(month, 1) * 100 + 1;
    if (issueDay > asOf) break;
    const dueDay = addMonths(month, 1) * 100 + 20;
    const billed = billAmount(customer.category, e, customer.contractKva);
    const channel = rng.chance(0.85) ? customer.channel : rng.pick(channels);
    let payDay: Day | null;
    let share = 1;
    switch (customer.payer) {
      case 'prepaid':
        payDay = issueDay;
        break;
      case 'punctual':
        payDay = addDays(issueDay, channel === 'bank' ? 4 : rng.int(0, 18));
        break;
      case 'late':
        payDay = rng.chance(0.6) ? addDays(dueDay, 1 + Math.floor(rng.logNormal(10, 0.8))) : addDays(issueDay, rng.int(5, 19));
        break;
      case 'defaulter':
        if (defaultFrom === undefined || month < defaultFrom) payDay = addDays(dueDay, rng.int(1, 30));
        else if (rng.chance(0.25)) {
          payDay = addDays(dueDay, rng.int(5, 60));
          share = rng.uniform(0.3, 0.8);
        } else payDay = null;
        break;
    }
    const paidInTime = payDay !== null && payDay <= asOf;
    const paid = paidInTime ? round2(billed * share) : 0;
    const outstanding = round2(billed - paid);
    const lateUntil = paidInTime && outstanding === 0 ? payDay! : asOf;
    const daysLate = Math.max(0, daysBetween(dueDay, lateUntil));
    const feeBase = outstanding > 0 ? outstanding : billed;
    bills.push({
      month,
      kwh: Math.round(e.kwh * 100) / 100,
      billedYuan: billed,
      dueDay,
      paidYuan: paid,
      paidDay: paidInTime ? payDay : null,
      channel: paidInTime ? (customer.payer === 'prepaid' && channel === 'bank' ? 'app' : channel) : null,
      arrearsYuan: outstanding,
      lateFeeYuan: customer.payer === 'prepaid' ? 0 : round2(feeBase * LATE_FEE_PER_DAY * daysLate),
      issueDay,
    });
  }
  return bills;
}
