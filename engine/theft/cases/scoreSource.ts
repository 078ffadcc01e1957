// The suspect a case is opened from: the customer's row of a theft score run (the one named, or
// the latest run that scored the customer). Reasons are kept as their indicator codes.
import { EngineError } from '../../api/errors.js';
import type { Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';

export interface ScoreSource {
  runId: number;
  score: number;
  reasons: string[];
  changeDay: Day | null;
}

export function scoreSource(db: Db, customerId: string, runId: number | undefined): ScoreSource | null {
  const row = db
    .prepare(
      runId === undefined
        ? 'SELECT run_id, score, reasons, change_day FROM theft_scores WHERE customer_id = ? ORDER BY run_id DESC LIMIT 1'
        : 'SELECT run_id, score, reasons, change_day FROM theft_scores WHERE customer_id = ? AND run_id = ?',
    )
    .get(...(runId === undefined ? [customerId] : [customerId, runId])) as
    | { run_id: number; score: number; reasons: string; change_day: number | null }
    | undefined;
  if (!row) {
    if (runId === undefined) return null;
    throw new EngineError('not_found', `Score run ${runId} did not score customer ${customerId}.`, { runId, customerId });
  }
  return { runId: row.run_id, score: row.score, reasons: reasonCodes(row.reasons), changeDay: row.change_day };
}

/** theft_scores.reasons: a JSON array of reasons, each a code or an object with one. */
export function reasonCodes(json: string): string[] {
  const parsed = JSON.parse(json) as unknown;
  if (!Array.isArray(parsed)) return [];
  return parsed.map((r) => (typeof r === 'string' ? r : typeof r === 'object' && r !== null && 'code' in r ? String(r.code) : null)).filter((c): c is string => c !== null);
}
