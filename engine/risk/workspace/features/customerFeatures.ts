// One customer's features as of a day, from the sources read once (no query per customer).
import type { Day } from '../../../core/calendar.js';
import type { RiskSources } from '../sources.js';
import { archiveFeatures } from './archive.js';
import { debt } from './arrears.js';
import { paymentChannels } from './channels.js';
import { consumptionFeatures } from './consumption.js';
import { lateness } from './lateness.js';
import type { RiskFeatureName } from './specs.js';
import { ticketFeatures } from './tickets.js';
import { issuedRows } from './window.js';

export interface CustomerFeatures {
  values: Record<RiskFeatureName, number | string | null>;
  outstandingYuan: number;
  expectedBillYuan: number;
}

/** Null when the customer had no bill issued by the day. */
export function customerFeatures(sources: RiskSources, c: number, asOf: Day): CustomerFeatures | null {
  const { bills } = sources;
  const issued = issuedRows(bills, c, asOf);
  if (issued.length === 0) return null;
  const late = lateness(bills, issued, asOf);
  const owed = debt(bills, issued, asOf);
  const channels = paymentChannels(bills, issued, asOf);
  const archive = archiveFeatures(sources.archive, c, asOf);
  const consumption = consumptionFeatures(sources.consumption, c, asOf);
  const tickets = ticketFeatures(sources.tickets, c, asOf);
  return {
    values: {
      on_time_rate_12m: late.onTimeRate12m,
      days_late_mean_12m: late.daysLateMean12m,
      days_late_max_12m: late.daysLateMax12m,
      days_late_trend: late.daysLateTrend,
      months_overdue_6m: late.monthsOverdue6m,
      months_overdue_12m: late.monthsOverdue12m,
      arrears_yuan: owed.arrearsYuan,
      arrears_trend: owed.arrearsTrend,
      late_fee_yuan_12m: owed.lateFeeYuan12m,
      channel_main: channels.channelMain,
      channel_changes_12m: channels.channelChanges12m,
      disputes_12m: tickets.disputes12m,
      complaints_12m: tickets.complaints12m,
      prepaid: archive.prepaid,
      tenure_months: archive.tenureMonths,
      category: archive.category,
      industry: archive.industry,
      consumption_trend: consumption.consumptionTrend,
      consumption_volatility: consumption.consumptionVolatility,
      bill_vs_history: owed.billVsHistory,
    },
    outstandingYuan: owed.arrearsYuan,
    expectedBillYuan: owed.expectedBillYuan,
  };
}
