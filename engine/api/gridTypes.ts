// The grid side of theft and anomaly analysis as it crosses the API: line loss per transformer
// area (台区线损) and the areas whose loss rose with the suspects inside them, meter-event counts,
// the abnormal-event queue, and the outage and equipment-fault risk of areas. Months are
// 'YYYY-MM', days 'YYYY-MM-DD', times 'YYYY-MM-DDTHH:mm'.
import type { AreaLossPoint } from './casesTypes.js';

export interface AreaLossSeries {
  areaId: string;
  name: string | null;
  capacityKva: number | null;
  /** Monthly, oldest first. */
  points: AreaLossPoint[];
}

export interface AreaSuspect {
  customerId: string;
  name: string | null;
  rank: number;
  score: number;
  lossKwh: number;
}

export interface RisingArea {
  areaId: string;
  name: string | null;
  /** The 10 kV feeder the area's transformer hangs on (null when the archive does not say). */
  feederId: string | null;
  /** Median monthly loss rate of the baseline months and of the recent months. */
  baselineRate: number;
  recentRate: number;
  /** recent - baseline, in percentage points. */
  risePoints: number;
  /** The rise over the baseline's robust spread (1.4826 x MAD, at least half a point). */
  robustZ: number;
  baselineMonths: string[];
  recentMonths: string[];
  /** From the latest theft score run, when there is one: the area's customers in the run's top 5 %, and its best-ranked suspects. */
  suspects: { runId: number; count: number; top: AreaSuspect[] } | null;
}

export interface EventCounts {
  byType: { type: string; count: number }[];
  byArea: { areaId: string; count: number }[];
  byMonth: { month: string; count: number }[];
  /** For a stacked chart: each month's count per type. */
  byMonthType: { month: string; type: string; count: number }[];
}

export interface QueuedEvent {
  meterId: string;
  customerId: string | null;
  customerName: string | null;
  areaId: string | null;
  type: string;
  typeRaw: string;
  start: string;
  end: string | null;
}

export interface EventQueue {
  total: number;
  rows: QueuedEvent[];
}

export type AreaRiskReason =
  | { code: 'frequent_outages'; perYear: number }
  | { code: 'voltage_loss'; perYear: number }
  | { code: 'heavy_loading'; loading: number; peakKw: number; capacityKva: number };

export interface AreaRisk {
  rank: number;
  areaId: string;
  name: string | null;
  /** 0..1: the weighted share of areas this one is worse than (see engine/theft/events/risk.ts). */
  risk: number;
  outagesPerYear: number;
  voltageLossPerYear: number;
  /** Peak load over capacity (kW per kVA), null without capacity or supply. */
  loading: number | null;
  peakKw: number | null;
  peakDay: string | null;
  reasons: AreaRiskReason[];
}
