// The demo workspace's arrears as a feature table: customers' point-in-time features as of the
// day the app itself would train on (the horizon before the latest scoring day, never past what
// the bills can judge), the target serious arrears in the 6 months after it.
import fs from 'node:fs';
import path from 'node:path';
import { formatDay } from '../../../engine/core/calendar.js';
import type { FeatureTable } from '../../../engine/risk/model/types.js';
import { latestScoringDay, trainingDay } from '../../../engine/risk/workspace/asOf.js';
import { datasetOf, DEFAULT_HORIZON_MONTHS } from '../../../engine/risk/workspace/dataset.js';
import { loadRiskSources } from '../../../engine/risk/workspace/sources.js';
import { defaultTargetDefinition } from '../../../engine/risk/workspace/target.js';
import { openWorkspaceDb } from '../../../engine/store/database.js';
import { cachedDemo } from '../demoWorkspace.js';

export interface DemoArrears {
  table: FeatureTable;
  asOf: string;
  horizonMonths: number;
  workspace: string;
}


/** Reads a copy in `work` (opening migrates a workspace of an older schema; the original stays untouched). */
export function demoArrears(workspace: string | null, work: string): DemoArrears {
  const source = workspace ?? cachedDemo();
  const copy = path.join(work, 'arrears.workbench');
  fs.copyFileSync(source, copy);
  const db = openWorkspaceDb(copy);
  try {
    const sources = loadRiskSources(db);
    const scoring = latestScoringDay(sources.bills);
    const asOf = trainingDay(sources.bills, scoring, DEFAULT_HORIZON_MONTHS, defaultTargetDefinition.overdueDays);
    const { table } = datasetOf(sources, { asOf, horizonMonths: DEFAULT_HORIZON_MONTHS, withTarget: true });
    return { table, asOf: formatDay(asOf), horizonMonths: DEFAULT_HORIZON_MONTHS, workspace: source };
  } finally {
    db.close();
  }
}
