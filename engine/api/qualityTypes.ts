// What the data quality check (quality.*) finds, per data kind: missing values, duplicates,
// outliers and unmatched records, each finding a row an analyst can drill down to.
import type { DataKind } from './types.js';

export const qualityChecks = ['missing', 'duplicates', 'outliers', 'unmatched'] as const;
export type QualityCheck = (typeof qualityChecks)[number];

/** What a finding is; each belongs to one check (qualityCodeCheck). */
export const qualityCodes = [
  // missing
  'missing_points', // a curve day with missing intervals: value = points missing, expected = points of the day
  'missing_days', // a day (or, for bills, a month) without data inside the entity's own span
  // duplicates
  'reimported_identical', // an import's rows the workspace already held as they were (skipped): value = rows
  'reimported_changed', // an import's rows reporting a meter and time the workspace held, with other values (updated): value = rows
  'same_file', // the same file (by content) imported more than once: value = times
  'shared_id_number', // customers with one ID number under different customer numbers: value = customers sharing it
  'shared_phone', // customers with one phone under different customer numbers: value = customers sharing it
  // outliers
  'outlier_high', // a day's energy above the meter's median + k × MAD (robust): value, expected = the bound
  'outlier_low', // below median − k × MAD
  'negative', // a negative stored value, or rows quarantined as negative: value
  'above_capacity', // load above the contract capacity can carry: value (kW or kWh a day), expected = the limit
  'backwards', // frozen readings going backwards (quarantined, or between stored readings): value = the drop
  // unmatched
  'meter_without_customer', // a meter with data that no archive entry names: value = days of data
  'meter_unknown', // consumption keyed by a customer number whose meter no archive names (a stand-in): value = days of data
  'unknown_customer', // bills, tickets or inspections of a customer number the archive does not hold: value = rows
  'unknown_area', // customers or area supply naming an area the areas file does not hold: value = rows
] as const;
export type QualityCode = (typeof qualityCodes)[number];

export const qualityCodeCheck: Record<QualityCode, QualityCheck> = {
  missing_points: 'missing',
  missing_days: 'missing',
  reimported_identical: 'duplicates',
  reimported_changed: 'duplicates',
  same_file: 'duplicates',
  shared_id_number: 'duplicates',
  shared_phone: 'duplicates',
  outlier_high: 'outliers',
  outlier_low: 'outliers',
  negative: 'outliers',
  above_capacity: 'outliers',
  backwards: 'outliers',
  meter_without_customer: 'unmatched',
  meter_unknown: 'unmatched',
  unknown_customer: 'unmatched',
  unknown_area: 'unmatched',
};

export interface QualityRunInfo {
  checkId: number;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  /** The MAD multiple beyond which a day is an outlier. */
  madK: number;
  /** Findings in all (not only those kept as rows). */
  findings: number;
}

/** One figure of the summary: a code's findings in a kind. */
export interface QualitySummaryItem {
  check: QualityCheck;
  kind: DataKind;
  code: QualityCode;
  /** Findings (rows behind the figure). */
  findings: number;
  /** Meters, customers, areas or files they concern. */
  entities: number;
  /** The code's measure summed: points or days missing, rows, kWh... */
  amount: number;
  /** Findings kept as rows to drill down to (at most qualityRowsKept). */
  kept: number;
}

export interface QualitySummary {
  /** The latest check; null before any. */
  run: QualityRunInfo | null;
  items: QualitySummaryItem[];
}

export interface QualityFinding {
  kind: DataKind;
  code: QualityCode;
  /** A meter, customer, area number or file name. */
  entity: string;
  /** The day (or the month's first day) it concerns, YYYY-MM-DD; null when none. */
  day: string | null;
  value: number | null;
  expected: number | null;
  /** What else says what the finding is (customer numbers of a shared ID number, its masked value, the quarantined row). */
  detail: string | null;
}

export const qualitySorts = ['entity', 'day', 'value'] as const;
export type QualitySort = (typeof qualitySorts)[number];

export interface QualityRowsPage {
  total: number;
  rows: QualityFinding[];
}

/** Findings kept as rows per kind and code (the summary counts them all). */
export const qualityRowsKept = 50_000;
