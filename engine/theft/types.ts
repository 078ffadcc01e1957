// What theft scoring works on and produces. A unit is what is scored: a customer of the archive,
// or, for data without an archive, a meter (its number stands in for the customer).
import type { Day } from '../core/calendar.js';
import type { IndicatorCode } from '../api/theftTypes.js';

export { indicatorCodes, type IndicatorCode } from '../api/theftTypes.js';

export interface ScoredUnit {
  /** Customer number, or the meter number where no archive names the meter's customer. */
  id: string;
  /** 'customer' or 'meter' (no archive entry). */
  kind: 'customer' | 'meter';
  meters: string[];
  category: string | null;
  industry: string | null;
  areaId: string | null;
  contractKva: number | null;
  openDay: Day | null;
}

/** One indicator's finding for a unit: a value (0 = nothing suspicious, larger = more) and its explanation. */
export interface Indicator {
  code: IndicatorCode;
  value: number;
  /** One English sentence; the UI words it from code and details. */
  message: string;
  details: Record<string, number | string | null>;
  /** The day the finding dates the change to, when it has one. */
  changeDay?: Day;
}


/** A reason of a suspect, strongest first: an indicator and how much it weighed in the score. */
export interface Reason {
  code: IndicatorCode;
  weight: number;
  message: string;
  details: Record<string, number | string | null>;
}
