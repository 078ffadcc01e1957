// The Model view's data (theft.model, engine/theft/modelView.ts): the supervised model of a run
// from its saved detail (labels, weights per indicator, the combination) and the outcomes
// recorded since the run that a retrain as of the same day learns from.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../engine/store/database.js';
import { modelView } from '../../../engine/theft/modelView.js';
import { saveScoreRun } from '../../../engine/theft/runStore.js';
import type { ScoreResult } from '../../../engine/theft/scoreWorkspace.js';
import { SUPERVISED_SHARE } from '../../../engine/theft/scoreWorkspace.js';
import { MIN_CLASS } from '../../../engine/theft/score/supervised.js';
import { indicatorCodes } from '../../../engine/theft/types.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace } from '../forecast/dataWorkspace.js';

afterAll(removeTempDirs);

/** A supervised result as the scorer returns it: own_drop learnt 1.5, the others 0.5. */
function result(supervised: boolean): ScoreResult {
  const indicators = Object.fromEntries(
    indicatorCodes.map((code, j) => [code, { computed: 10, flagged: j, median: 0, spread: 1, coefficient: supervised ? (code === 'own_drop' ? 1.5 : 0.5) : null }]),
  );
  return {
    asOf: 20250630,
    units: 10,
    supervised,
    labels: supervised ? 14 : 0,
    suspects: [],
    detail: {
      seconds: 1,
      has: {} as ScoreResult['detail']['has'],
      period: { from: '2025-01-01', to: '2025-06-30' },
      indicators,
      model: supervised ? { kind: 'robust+logistic', positives: 6, negatives: 8, intercept: -3 } : { kind: 'robust', positives: 2, negatives: 1, intercept: null },
    },
  };
}

let db: Db;
beforeEach(() => {
  db = new TestWorkspace().customer({ id: 'K1' }).customer({ id: 'K2' }).customer({ id: 'K3' }).customer({ id: 'K4' }).db;
});

/** A closed case: closed at `closedAt`, inspected on `day` (yyyymmdd). */
function closedCase(customer: string, status: string, closedAt: string, day: number): void {
  db.prepare(
    `INSERT INTO theft_cases (customer_id, status, opened_at, opened_by, updated_at, closed_at, inspection_day, reasons) VALUES (?, ?, ?, 'li', ?, ?, ?, '[]')`,
  ).run(customer, status, closedAt, closedAt, closedAt, day);
}

function importedInspections(startedAt: string, days: number[]): void {
  const id = db
    .prepare(`INSERT INTO imports (file, file_name, kind, sha256, size_bytes, mapping, started_at, headers) VALUES ('x', 'x.csv', 'inspections', '', 0, '{}', ?, '[]')`)
    .run(startedAt).lastInsertRowid;
  days.forEach((day, i) => db.prepare(`INSERT INTO inspections (customer_id, day, outcome, import_id) VALUES (?, ?, 'theft', ?)`).run(`K${i + 1}`, day, id));
}

describe('the model view', () => {
  it("shows the supervised model's labels, weights and how the two scores were combined", () => {
    const run = saveScoreRun(db, result(true));
    const view = modelView(db);
    expect(view.run.runId).toBe(run.runId);
    expect(view).toMatchObject({ supervised: true, positives: 6, negatives: 8, minClass: MIN_CLASS, intercept: -3, supervisedShare: SUPERVISED_SHARE });
    expect(view.weights.map((w) => w.code)).toEqual([...indicatorCodes]);
    expect(view.weights[0]).toEqual({ code: 'own_drop', coefficient: 1.5, computed: 10, flagged: 0 });
    expect(view.weights[1]!.coefficient).toBe(0.5);
  });

  it('says when the model did not run, and picks the run asked for', () => {
    const first = saveScoreRun(db, result(false));
    saveScoreRun(db, result(true));
    const view = modelView(db, first.runId!);
    expect(view).toMatchObject({ supervised: false, positives: 2, negatives: 1, intercept: null, supervisedShare: null });
    expect(view.weights.every((w) => w.coefficient === null)).toBe(true);
    expect(() => modelView(db, 99)).toThrow(expect.objectContaining({ code: 'theft.run_not_found' }));
  });

  it('counts the outcomes recorded since the run: those a retrain as of its day learns from, and later ones', () => {
    db.prepare(`INSERT INTO theft_score_runs (created_at, as_of, customers, supervised, labels, detail) VALUES ('2025-07-02T00:00:00.000Z', 20250630, 4, 0, 0, ?)`).run(
      JSON.stringify(result(false).detail),
    );
    closedCase('K1', 'confirmed_theft', '2025-07-01T10:00:00.000Z', 20250620); // before the run: it had it
    closedCase('K2', 'cleared', '2025-07-03T10:00:00.000Z', 20250625); // since, within the as-of day
    closedCase('K3', 'contract_violation', '2025-07-04T10:00:00.000Z', 20250701); // since, after the as-of day
    db.prepare(`INSERT INTO theft_cases (customer_id, status, opened_at, opened_by, updated_at, reasons) VALUES ('K4', 'inspecting', '2025-07-03T00:00:00Z', 'li', '2025-07-03T00:00:00Z', '[]')`).run();
    importedInspections('2025-07-01T00:00:00.000Z', [20250601]); // before the run
    importedInspections('2025-07-05T00:00:00.000Z', [20250610, 20250611, 20250705]);
    expect(modelView(db).newOutcomes).toEqual({ cases: 1, inspections: 2, later: 2 });
  });
});
