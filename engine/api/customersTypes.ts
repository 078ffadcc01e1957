// Customers (issue 6) as the API carries them: the search, the customer 360 (archive, consumption,
// bills, tickets and every score the workbench has, each with the id to link to it), the
// recommendations (time-of-use savings, demand response, peer comparison) and target lists.
// Days are ISO dates ('2025-03-01'), months 'YYYY-MM', money in yuan, energy kWh, power kW.
import type { ReasonCode, RiskGrade } from './riskModelTypes.js';
import type { TheftReason } from './theftTypes.js';

/** A customer found by customers.search; personal fields masked unless the search was unmasked. */
export interface CustomerSearchRow {
  customerId: string;
  name: string | null;
  phone: string | null;
  address: string | null;
  category: string;
  areaId: string | null;
  supplyUnit: string | null;
}

export interface CustomerSearchPage {
  total: number;
  rows: CustomerSearchRow[];
  /** Whether personal fields are shown and searched. */
  unmasked: boolean;
}

export interface CustomerArchive {
  customerId: string;
  name: string | null;
  address: string | null;
  phone: string | null;
  idNumber: string | null;
  category: string;
  categoryRaw: string | null;
  industry: string | null;
  voltage: string | null;
  contractKva: number | null;
  supplyUnit: string | null;
  areaId: string | null;
  areaName: string | null;
  feederId: string | null;
  openDay: string | null;
  prepaid: boolean | null;
  tariff: string | null;
  meters: string[];
}

export interface CustomerConsumption {
  /** The last 365 days up to the customer's last day with consumption (days with a value). */
  daily: { day: string; kwh: number }[];
  /** Every month with consumption. */
  monthly: { month: string; kwh: number }[];
  /** Mean kW per clock hour over the last 90 days with curves; null where no curves exist. */
  loadShape: { hourKw: number[]; days: number; from: string; to: string } | null;
}

export interface CustomerBill {
  month: string;
  kwh: number | null;
  billedYuan: number;
  paidYuan: number;
  dueDay: string | null;
  paidDay: string | null;
  channel: string | null;
  arrearsYuan: number;
  lateFeeYuan: number;
}

export interface CustomerTicket {
  ticketId: string;
  /** 'YYYY-MM-DD HH:MM' */
  time: string;
  channel: string | null;
  type: string | null;
  text: string | null;
  satisfaction: number | null;
  handlingHours: number | null;
}

/** The latest arrears-risk run's row for the customer (link: risk.profile with runId, customerId). */
export interface CustomerRiskScore {
  runId: number;
  asOf: string;
  grade: RiskGrade;
  /** The analyst's grade where one was set, else null. */
  adjustedGrade: RiskGrade | null;
  score: number;
  probability: number;
  outstandingYuan: number;
  reasons: ReasonCode[];
}

/** The latest theft run's row (link: theft.suspect with runId, customerId; cases.get with caseId). */
export interface CustomerTheftScore {
  runId: number;
  asOf: string;
  rank: number;
  of: number;
  score: number;
  lossKwh: number;
  reasons: TheftReason[];
  /** An open inspection case of the customer, if any. */
  openCaseId: number | null;
}

/** The latest segmentation run's cluster of the customer (link: segments.* with runId). */
export interface CustomerSegment {
  runId: number;
  category: string;
  cluster: number;
  clusterName: string;
}

export interface CustomerTag {
  tag: string;
  firstDay: string;
  lastDay: string;
  count: number;
  /** The evidence as the tagging job stored it. */
  detail: unknown;
}

/** The customer's share of its area's consumption over the last 12 months with data. */
export interface CustomerForecastShare {
  areaId: string;
  from: string;
  to: string;
  customerKwh: number;
  areaKwh: number;
  share: number;
}

export interface Customer360 {
  customerId: string;
  /** Whether personal fields are shown (asked on purpose). */
  unmasked: boolean;
  archive: CustomerArchive | null;
  consumption: CustomerConsumption;
  /** The last 24 bills, newest first. */
  bills: CustomerBill[];
  /** The last 50 tickets, newest first. */
  tickets: CustomerTicket[];
  /** Each null when its module has not run (or has no row for this customer). */
  risk: CustomerRiskScore | null;
  theft: CustomerTheftScore | null;
  segment: CustomerSegment | null;
  tags: CustomerTag[];
  forecastShare: CustomerForecastShare | null;
}

/** Time-of-use prices and hours a recommendation is worked out with; omitted parts come from prices.json per category. */
export interface TouPrices {
  peak: number;
  flat: number;
  valley: number;
  /** [from, to) clock hours. */
  peakHours: [number, number][];
  valleyHours: [number, number][];
}

export interface CustomerRecommendation {
  customerId: string;
  /** Masked. */
  name: string | null;
  category: string;
  areaId: string | null;
  segment: string | null;
  tags: string[];
  riskGrade: RiskGrade | null;
  /** Mean kWh a day over the shape's window. */
  dailyKwh: number;
  /** Yuan a year at the flat price. */
  flatYuan: number;
  /** Yuan a year on time-of-use with today's shape. */
  touYuan: number;
  /** Yuan a year on time-of-use after moving the shift share of peak energy to valley hours. */
  shiftedYuan: number;
  /** On time-of-use already: by the tariff on file, else the category's default (prices.json). */
  onTimeOfUse: boolean;
  /**
   * What the recommendation saves a year (negative: costs): for a customer on a flat tariff,
   * switching to time-of-use and shifting (flatYuan - shiftedYuan); for one already on
   * time-of-use, shifting alone (touYuan - shiftedYuan).
   */
  savingYuan: number;
  /** Peak-hour kW above the customer's base load (its quietest hours). */
  drKw: number;
  /** kWh a day of peak-hour load above base load: what demand response could move. */
  drKwhPerDay: number;
  /** Percentile (0..100) of daily kWh among similar customers; null with fewer than 5 peers. */
  peerPercentile: number | null;
  peerGroup: 'segment' | 'category_area' | 'category' | null;
  peers: number;
}

export const recommendationSorts = ['saving', 'drKw', 'peerPercentile', 'dailyKwh'] as const;
export type RecommendationSort = (typeof recommendationSorts)[number];

export interface RecommendationsPage {
  total: number;
  rows: CustomerRecommendation[];
  /** The prices used, per category. */
  prices: Record<string, TouPrices>;
  /** The shift scenario's share of peak energy moved to valley hours. */
  shiftShare: number;
}

/** What a target list is drawn with. */
export interface TargetListFilters {
  tags?: string[];
  segments?: string[];
  riskGrades?: RiskGrade[];
  minSavingYuan?: number;
  category?: string;
  areaId?: string;
}

export interface TargetListInfo {
  listId: number;
  name: string;
  createdAt: string;
  filters: TargetListFilters;
  customers: number;
}

/** Why a customer is on a list: a filter it met and its own value for it (a tag, a segment's name, a grade, yuan a year). */
export interface ListReason {
  code: 'tag' | 'segment' | 'risk_grade' | 'saving' | 'category' | 'area';
  value: string | number;
}

export interface TargetListMember {
  customerId: string;
  /** Masked. */
  name: string | null;
  category: string;
  areaId: string | null;
  /** Why the customer is on the list (English; `reasons` for the UI's words). */
  reason: string;
  reasons: ListReason[];
  savingYuan: number | null;
}

export interface TargetListMembersPage {
  total: number;
  rows: TargetListMember[];
}
