// Population stability between two score runs: of the score (in ten bands cut at the base run's
// deciles) and of each scorecard feature's bin shares in the bins of the compared run's model.
// A run of that model saved its shares (engine/risk/store/runs.ts); a run of another model has
// its customers' scored values binned here, so that runs of two models compare too.
// Default: the latest run, against its model's run a year before it (else the model's oldest).
import { EngineError } from '../../api/errors.js';
import type { RiskStability, StabilityRow } from '../../api/riskTypes.js';
import type { Db } from '../../store/database.js';
import { binIndex } from '../scorecard/assign.js';
import type { FeatureBinning } from '../model/types.js';
import { getModel } from '../store/models.js';
import type { BinShares } from '../store/runs.js';
import { psi, shares, stabilityLevel } from '../validation/psi.js';
import { resolveRun, type RunRow } from './runs.js';

/** Score bands the score's PSI compares. */
export const SCORE_BANDS = 10;

export function stability(db: Db, baseRunId: number | undefined, runId: number | undefined): RiskStability {
  const run = resolveRun(db, runId);
  const base = baseRunId === undefined ? defaultBase(db, run) : resolveRun(db, baseRunId);
  const edges = decileEdges(scoresOf(db, base.run_id));
  const scoreShares = (id: number) => {
    const counts = new Array<number>(edges.length + 1).fill(0);
    for (const score of scoresOf(db, id)) counts[bandOf(edges, score)]! += 1;
    return shares(counts);
  };
  const binnings = getModel(db, run.model_id).model.binnings.filter((b) => b.selected);
  const baseShares = featureShares(db, base, run.model_id, binnings);
  const runShares = featureShares(db, run, run.model_id, binnings);
  return {
    baseRunId: base.run_id,
    runId: run.run_id,
    score: row('score', psi(scoreShares(base.run_id), scoreShares(run.run_id))),
    features: binnings.map((b, i) => row(b.feature, psi(baseShares[i]!, runShares[i]!))).sort((a, b) => b.psi - a.psi),
  };
}

function row(name: string, value: number): StabilityRow {
  return { name, psi: value, level: stabilityLevel(value) };
}

/** The model's run with the latest as-of a year or more before the run's, else its oldest other run. */
function defaultBase(db: Db, run: RunRow): RunRow {
  const yearBefore = run.as_of - 10_000; // yyyymmdd: the same day a year before (as a bound, Feb 29 included)
  const found = (db
    .prepare('SELECT run_id FROM risk_runs WHERE model_id = ? AND run_id != ? AND as_of <= ? ORDER BY as_of DESC, run_id DESC LIMIT 1')
    .get(run.model_id, run.run_id, yearBefore) ??
    db.prepare('SELECT run_id FROM risk_runs WHERE model_id = ? AND run_id != ? ORDER BY as_of, run_id LIMIT 1').get(run.model_id, run.run_id)) as
    | { run_id: number }
    | undefined;
  if (!found) throw new EngineError('risk.no_base_run', `Score run ${run.run_id} has no other run of its model to compare with.`, { runId: run.run_id });
  return resolveRun(db, found.run_id);
}

function scoresOf(db: Db, runId: number): number[] {
  return db.prepare('SELECT score FROM risk_scores WHERE run_id = ? ORDER BY score').pluck().all(runId) as number[];
}

/** The upper bounds of the base run's score deciles (ascending, ties merged). */
export function decileEdges(sortedScores: number[]): number[] {
  const edges: number[] = [];
  for (let i = 1; i < SCORE_BANDS; i++) {
    const edge = sortedScores[Math.floor((i * sortedScores.length) / SCORE_BANDS)];
    if (edge !== undefined && edge !== edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

/** The band of a score: the first whose upper bound is at or above it; the last is unbounded. */
function bandOf(edges: number[], score: number): number {
  let band = 0;
  while (band < edges.length && score > edges[band]!) band++;
  return band;
}

/** Per binning of model `modelId`, the run's shares in each of its bins: as saved with a run of that model, else counted. */
function featureShares(db: Db, run: RunRow, modelId: number, binnings: FeatureBinning[]): number[][] {
  if (run.model_id === modelId) {
    const saved = JSON.parse(db.prepare('SELECT features FROM risk_runs WHERE run_id = ?').pluck().get(run.run_id) as string) as BinShares;
    if (binnings.every((b) => saved[b.feature]?.length === b.bins.length)) return binnings.map((b) => saved[b.feature]!);
  }
  return binShares(db, run.run_id, binnings);
}

/** Per binning, the run's customers' shares in each of its bins, from the values it scored. */
function binShares(db: Db, runId: number, binnings: FeatureBinning[]): number[][] {
  const counts = binnings.map((b) => new Array<number>(b.bins.length).fill(0));
  for (const text of db.prepare('SELECT features FROM risk_scores WHERE run_id = ?').pluck().iterate(runId) as IterableIterator<string>) {
    const values = JSON.parse(text) as Record<string, number | string | null>;
    binnings.forEach((b, i) => (counts[i]![binIndex(b, values[b.feature] ?? null)]! += 1));
  }
  return counts.map(shares);
}
