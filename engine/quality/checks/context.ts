// What every check works with: the workspace (read only until the findings are written), the
// findings, the thresholds, and progress with cancel between batches of rows.
import type { Db } from '../../store/database.js';
import type { Findings } from '../findings.js';

export interface QualityOptions {
  /** A day is an outlier beyond its meter's median ± madK × MAD. */
  madK: number;
  /** Load above contract capacity × this (kW against kVA; a day's kWh against kVA × 24 h) cannot be metered right. */
  capacityFactor: number;
}

export interface CheckContext {
  db: Db;
  findings: Findings;
  options: QualityOptions;
  /** Reports the part of this check done (0..1) and throws when the job was cancelled. */
  step(fraction: number, message: string): void;
}

/** Rows between two looks at progress and cancel. */
export const STEP_ROWS = 20_000;

/** Contract capacity (kVA) per meter, from its customer's archive entry. */
export function meterCapacities(db: Db): Map<string, number> {
  const rows = db
    .prepare(`SELECT m.meter_id AS meter, c.contract_kva AS kva FROM meters m JOIN customers c ON c.customer_id = m.customer_id WHERE c.contract_kva > 0`)
    .raw(true)
    .all() as [string, number][];
  return new Map(rows);
}
