// The workspace's arrears features, in the order the feature table holds them, each with the
// side of the seed's two it speaks for: willingness to pay (payment record, debts, disputes) or
// ability to pay (consumption and business, amounts against history); null for neither.
import type { FeatureSide } from '../../model/types.js';

export interface RiskFeatureSpec {
  name: string;
  kind: 'numeric' | 'categorical';
  side: FeatureSide | null;
}

export const riskFeatureSpecs = [
  { name: 'on_time_rate_12m', kind: 'numeric', side: 'willingness' },
  { name: 'days_late_mean_12m', kind: 'numeric', side: 'willingness' },
  { name: 'days_late_max_12m', kind: 'numeric', side: 'willingness' },
  { name: 'days_late_trend', kind: 'numeric', side: 'willingness' },
  { name: 'months_overdue_6m', kind: 'numeric', side: 'willingness' },
  { name: 'months_overdue_12m', kind: 'numeric', side: 'willingness' },
  { name: 'arrears_yuan', kind: 'numeric', side: 'willingness' },
  { name: 'arrears_trend', kind: 'numeric', side: 'willingness' },
  { name: 'late_fee_yuan_12m', kind: 'numeric', side: 'willingness' },
  { name: 'channel_main', kind: 'categorical', side: 'willingness' },
  { name: 'channel_changes_12m', kind: 'numeric', side: 'willingness' },
  { name: 'disputes_12m', kind: 'numeric', side: 'willingness' },
  { name: 'complaints_12m', kind: 'numeric', side: 'willingness' },
  { name: 'prepaid', kind: 'categorical', side: null },
  { name: 'tenure_months', kind: 'numeric', side: null },
  { name: 'category', kind: 'categorical', side: 'ability' },
  { name: 'industry', kind: 'categorical', side: 'ability' },
  { name: 'consumption_trend', kind: 'numeric', side: 'ability' },
  { name: 'consumption_volatility', kind: 'numeric', side: 'ability' },
  { name: 'bill_vs_history', kind: 'numeric', side: 'ability' },
] as const satisfies readonly RiskFeatureSpec[];

export type RiskFeatureName = (typeof riskFeatureSpecs)[number]['name'];
