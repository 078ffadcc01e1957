// A scored day saved as a run of a model: the run's summary row, then its customers' scores.
import type { RiskRunInfo } from '../../api/riskTypes.js';
import type { Db } from '../../store/database.js';
import { saveRun } from '../store/runs.js';
import { saveScores } from '../store/scores.js';
import type { ScoredDataset } from './scoreDataset.js';

export function saveScoredRun(db: Db, modelId: number, scored: ScoredDataset): RiskRunInfo {
  return db.transaction(() => {
    const run = saveRun(db, {
      modelId,
      asOf: scored.asOf,
      customers: scored.rows.length,
      expectedLossYuan: scored.expectedLossYuan,
      outstandingYuan: scored.outstandingYuan,
      byGrade: scored.byGrade,
      features: scored.features,
    });
    saveScores(db, run.runId, scored.rows);
    return run;
  })();
}
