// Theft detection results as the API carries them: a score run's summary, its ranked suspects
// (a page at a time) and one suspect's indicators. Days are ISO dates ('2025-03-01').

/** The detector's indicators, in the order of its feature vectors; the UI words each by code. */
export const indicatorCodes = [
  'own_drop',
  'peer_drop',
  'base_drop',
  'near_zero',
  'below_capacity',
  'flat_load',
  'shape_change',
  'reversed_day',
  'zero_window',
  'noisy_readings',
  'meter_events',
  'area_balance',
] as const;
export type IndicatorCode = (typeof indicatorCodes)[number];

export const suspectSorts = ['rank', 'score', 'loss'] as const;
export type SuspectSort = (typeof suspectSorts)[number];

/** An indicator that weighed in a suspect's score: code (the UI's words), weight, an English sentence and its figures. */
export interface TheftReason {
  code: string;
  weight: number;
  message: string;
  details: Record<string, number | string | null>;
}

export interface TheftScoreRunInfo {
  /** null: not saved (the CLI writes the ranked list to a CSV instead). */
  runId: number | null;
  createdAt: string;
  /** The day scored as of: consumption after it is not read. */
  asOf: string;
  /** Units scored (customers, or meters where no archive names a customer). */
  customers: number;
  supervised: boolean;
  /** Inspections and closed cases used as labels. */
  labels: number;
  seconds: number;
  /** Per indicator: units it could be computed for, units it flagged. */
  indicators: Record<string, { computed: number; flagged: number }>;
  /** The CSV written instead of saving, when asked. */
  csvPath: string | null;
}

export interface TheftSuspect {
  runId: number;
  customerId: string;
  /** The customer's name, masked (张*明); null where no archive names the unit. */
  customerName: string | null;
  category: string | null;
  areaId: string | null;
  rank: number;
  /** Suspicion in [0, 1]. */
  score: number;
  unsupervised: number;
  supervised: number | null;
  lossKwh: number;
  lossYuan: number | null;
  /** The day consumption or the load shape changed, when found. */
  changeDay: string | null;
  reasons: TheftReason[];
}

export interface TheftSuspectsPage {
  total: number;
  rows: TheftSuspect[];
}

/** The part of a suspect's loss that is load moved out of peak hours on a time-of-use tariff (engine/theft/touShift.ts). */
export interface TheftTimeOfUseShift {
  /** The first day valued (the change day). */
  fromDay: string;
  days: number;
  /** kWh the customer used in peak hours before the change that the meter now puts elsewhere. */
  movedKwh: number;
  /** The bill lost to the shift, yuan (included in the suspect's lossYuan). */
  yuan: number;
}

export interface TheftSuspectDetail extends TheftSuspect {
  /** Every indicator: its value (null: could not be computed for this customer, e.g. no curves). */
  indicators: { code: string; value: number | null }[];
  /** The time-of-use shift the loss includes (null: none, or the customer is not on time-of-use). */
  timeOfUse: TheftTimeOfUseShift | null;
}
