// The quality.check job: every check over the workspace (the heavy scans first, with progress
// and cancel), then the findings written as the latest check in one transaction, replacing the
// check before.
import type { QualityRunInfo } from '../api/qualityTypes.js';
import { nowIso } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { checkDailyConsumption } from './checks/dailyConsumption.js';
import { checkReimports, checkSharedPersonalData } from './checks/duplicates.js';
import { checkIntervalCurves } from './checks/intervalCurves.js';
import { checkAreaSupplyGaps, checkBillGaps } from './checks/keyedGaps.js';
import { checkQuarantined } from './checks/quarantined.js';
import { checkUnmatched } from './checks/unmatched.js';
import type { CheckContext, QualityOptions } from './checks/context.js';
import { Findings } from './findings.js';
import { saveCheck } from './store.js';

export interface QualityJob {
  progress(fraction: number, message: string): void;
  throwIfCancelled(): void;
}

/** The checks in order, each with its share of the job's time (the curve and daily scans take most). */
const steps: [share: number, name: string, run: (ctx: CheckContext) => void][] = [
  [0.55, 'interval curves', checkIntervalCurves],
  [0.3, 'daily consumption', checkDailyConsumption],
  [0.03, 'area supply', checkAreaSupplyGaps],
  [0.03, 'bills', checkBillGaps],
  [0.02, 'imports', checkReimports],
  [0.02, 'customers', checkSharedPersonalData],
  [0.01, 'quarantine', checkQuarantined],
  [0.02, 'unmatched records', checkUnmatched],
];

export function runQualityCheck(db: Db, options: QualityOptions, actor: string, job: QualityJob): QualityRunInfo {
  const started = performance.now();
  const startedAt = nowIso();
  const findings = new Findings();
  let done = 0;
  for (const [share, name, run] of steps) {
    job.throwIfCancelled();
    job.progress(done * 0.95, name);
    run({
      db,
      findings,
      options,
      step: (fraction, message) => {
        job.throwIfCancelled();
        job.progress((done + share * fraction) * 0.95, `${name}: ${message}`);
      },
    });
    done += share;
  }
  job.throwIfCancelled();
  job.progress(0.95, 'saving the findings');
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  return saveCheck(db, { startedAt, finishedAt: nowIso(), seconds, options, actor }, findings);
}
