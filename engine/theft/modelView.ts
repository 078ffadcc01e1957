// The Model view of a score run (theft.model): the supervised model's labels, its weight per
// indicator and how its score was combined, from the run's saved detail; and the outcomes
// recorded since the run (cases closed, inspections imported after it was scored) that a
// retrain as of the same day would learn from.
import type { TheftModelView } from '../api/theftModelTypes.js';
import { parseIsoDay, type Day } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { closedCases } from './cases/outcomes.js';
import { savedRun } from './runStore.js';
import { MIN_CLASS } from './score/supervised.js';
import { indicatorCodes } from './types.js';

export function modelView(db: Db, runId?: number): TheftModelView {
  const { info, detail } = savedRun(db, runId);
  const asOf = parseIsoDay(info.asOf);
  return {
    run: info,
    supervised: info.supervised,
    positives: detail.model.positives,
    negatives: detail.model.negatives,
    minClass: MIN_CLASS,
    intercept: detail.model.intercept,
    weights: indicatorCodes.map((code) => {
      const i = detail.indicators[code];
      return { code, coefficient: i?.coefficient ?? null, computed: i?.computed ?? 0, flagged: i?.flagged ?? 0 };
    }),
    supervisedShare: detail.combination?.supervisedShare ?? null,
    newOutcomes: outcomesSince(db, info.createdAt, asOf),
  };
}

/** Outcomes recorded after `createdAt` (ISO instants compare as text): dated on or before `asOf`, or after it (later). */
function outcomesSince(db: Db, createdAt: string, asOf: Day): TheftModelView['newOutcomes'] {
  const closedSince = new Set((db.prepare('SELECT case_id FROM theft_cases WHERE closed_at > ?').pluck().all(createdAt) as number[]));
  let cases = 0;
  let later = 0;
  for (const c of closedCases(db)) {
    if (!closedSince.has(c.caseId)) continue;
    if (c.day <= asOf) cases++;
    else later++;
  }
  const inspections = db
    .prepare(
      `SELECT coalesce(sum(i.day <= ?), 0) AS usable, coalesce(sum(i.day > ?), 0) AS later FROM inspections i
       JOIN imports m ON m.import_id = i.import_id WHERE m.started_at > ?`,
    )
    .get(asOf, asOf, createdAt) as { usable: number; later: number };
  return { cases, inspections: inspections.usable, later: later + inspections.later };
}
