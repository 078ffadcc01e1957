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

/**
 * What the Overview's cross-filtering narrows its figures to: a transformer area ('' = the
 * consumption of meters and customers the archive gives no area), a month ('YYYY-MM', in place
 * of the period) and a usage category. Each is optional; the charts are answered from the
 * aggregate tables whatever is applied.
 */
export interface OverviewFilter {
  areaId?: string | undefined;
  month?: string | undefined;
  category?: Category | undefined;
}

/** One customer of an area in the Overview's drill-down, over the period (or the month filtered). */
export interface AreaCustomer {
  customerId: string;
  category: Category;
  /** Consumption of the customer's meters over the period. */
  kwh: number;
  billedYuan: number;
  /** Outstanding arrears on the period's bills. */
  arrearsYuan: number;
}

export interface AreaCustomers {
  areaId: string;
  /** The area's name in the archive; '' for an unknown area or the customers without one. */
  name: string;
  feederId: string | null;
  period: Period | null;
  /** Every customer of the area that the filters keep, by consumption, largest first; `limit` at most. */
  customers: AreaCustomer[];
  /** Customers the filters keep, beyond the `limit` returned too. */
  total: number;
}
