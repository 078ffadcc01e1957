/** Normalised usage categories (用电类别); the raw text is kept alongside. */
export const categories = ['residential', 'commercial', 'large_industry', 'agricultural', 'other'] as const;
export type Category = (typeof categories)[number];

export interface Period {
  /** First and last month, 'YYYY-MM'. */
  from: string;
  to: string;
}

export interface OverviewKpis {
  period: Period | null;
  dataThrough: string | null;
  customers: number;
  areas: number;
  feeders: number;
  consumptionKwh: number;
  /** The same months one year earlier; null when the workspace does not reach back that far. */
  consumptionPrevYearKwh: number | null;
  billedYuan: number;
  paidYuan: number;
  /** paid / billed over the period's bills. */
  collectionRate: number | null;
  /** Outstanding arrears on the period's bills. */
  arrearsYuan: number;
  /** Customers owing on the period's latest billed month (欠费户数 at the end of the period). */
  customersInArrears: number;
  /** (supplied - sold) / supplied over the areas with supply data, for the period. */
  lineLossRate: number | null;
}

export interface ConsumptionByMonth {
  months: string[];
  series: { category: Category; kwh: number[] }[];
}

export interface AreaConsumption {
  areaId: string;
  name: string;
  feederId: string | null;
  kwh: number;
  customers: number;
  suppliedKwh: number | null;
  lossRate: number | null;
}

export interface LoadVsTemperature {
  station: string | null;
  points: { date: string; kwh: number; temperature: number }[];
}

export interface CustomersByCategory {
  categories: { category: Category; customers: number; contractKva: number }[];
}

export interface ArrearsOverview {
  months: string[];
  billedYuan: number[];
  paidYuan: number[];
  arrearsYuan: number[];
  customersInArrears: number[];
  lateFeeYuan: number[];
}
