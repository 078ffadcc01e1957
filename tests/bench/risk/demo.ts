// The demo workspace's arrears as a feature table: customers' point-in-time features as of the
// day the app itself would train on (the horizon before the latest scoring day, never past what
// the bills can judge), the target serious arrears in the 6 months after it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatDay } from '../../../engine/core/calendar.js';
import type { FeatureTable } from '../../../engine/risk/model/types.js';
import { latestScoringDay, trainingDay } from '../../../engine/risk/workspace/asOf.js';
import { datasetOf, DEFAULT_HORIZON_MONTHS } from '../../../engine/risk/workspace/dataset.js';
import { loadRiskSources } from '../../../engine/risk/workspace/sources.js';
import { defaultTargetDefinition } from '../../../engine/risk/workspace/target.js';
import { openWorkspaceDb } from '../../../engine/store/database.js';
import { repoRoot, requireEngineBuild } from '../../helpers/paths.js';

export interface DemoArrears {
  table: FeatureTable;
  asOf: string;
  horizonMonths: number;
  workspace: string;
}

/** The default demo (5,000 customers, 2 years), generated once into the OS temp folder and shared with the other benchmarks. */
function defaultDemo(): string {
  const file = path.join(os.tmpdir(), 'workbench-bench-demo-1-5000x730.workbench');
  if (!fs.existsSync(file)) {
    requireEngineBuild();
    const t0 = Date.now();
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'engine', 'cli.js'), 'demo', '--out', file], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`workbench demo failed (exit ${run.status})`);
    console.log(`generated ${file} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  return file;
}

/** Reads a copy in `work` (opening migrates a workspace of an older schema; the original stays untouched). */
export function demoArrears(workspace: string | null, work: string): DemoArrears {
  const source = workspace ?? defaultDemo();
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
