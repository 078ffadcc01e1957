// Saved forecast runs (tables of migration 2): the summary a list shows in columns of
// forecast_runs, the rest of the run as JSON in its `detail`, one forecast_points row per
// interval, and the analyst's overrides in forecast_overrides, applied when a run is read.
import { EngineError } from '../api/errors.js';
import type { ForecastPoint, ForecastRun, ForecastRunInfo, ReportedModel } from '../api/forecastTypes.js';
import { formatStamp, parseIsoDay, stampFromParts, type Stamp } from '../core/calendar.js';
import type { Db } from '../store/database.js';

/** What a run keeps in forecast_runs.detail. */
type RunDetail = Pick<
  ForecastRun,
  'scopeLabel' | 'unit' | 'scenario' | 'weights' | 'station' | 'checks' | 'metrics' | 'errorHeatmap' | 'history'
>;

interface RunRow {
  runId: number;
  name: string;
  createdAt: string;
  scope: string;
  resolution: ForecastRun['resolution'];
  start: Stamp;
  horizonHours: number;
  model: ForecastRun['model'];
  chosen: ForecastRun['chosen'];
  mape: number | null;
  batchId: string | null;
  baseRunId: number | null;
}

const RUN_COLUMNS = `run_id AS runId, name, created_at AS createdAt, scope, resolution, start_ts AS start, horizon_hours AS horizonHours,
  model, chosen, mape, batch_id AS batchId, base_run_id AS baseRunId`;

/** Saves a run (its points and all); returns its id. Call inside the caller's transaction when saving several. */
export function saveRun(db: Db, run: ForecastRun, batchId: string | null = null): number {
  const detail: RunDetail = {
    scopeLabel: run.scopeLabel,
    unit: run.unit,
    scenario: run.scenario,
    weights: run.weights,
    station: run.station,
    checks: run.checks,
    metrics: run.metrics,
    errorHeatmap: run.errorHeatmap,
    history: run.history,
  };
  const save = db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO forecast_runs (name, created_at, scope, resolution, start_ts, horizon_hours, model, chosen, mape, batch_id, base_run_id, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        run.name,
        run.createdAt,
        run.scope,
        run.resolution,
        parseStamp(run.start),
        run.horizonHours,
        run.model,
        run.chosen,
        finiteOrNull(run.mape),
        batchId,
        run.scenario?.baseRunId ?? null,
        JSON.stringify(detail),
      );
    const runId = Number(lastInsertRowid);
    const insert = db.prepare(
      `INSERT INTO forecast_points (run_id, step, ts, forecast, p10, p50, p90, models, temperature, temperature_effect, actual)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    run.points.forEach((p, step) => {
      insert.run(runId, step, parseStamp(p.ts), p.forecast, p.p10, p.p50, p.p90, JSON.stringify(p.models), p.temperature, p.temperatureEffect, p.actual);
    });
    return runId;
  });
  return save();
}

export function listRuns(db: Db, options: { batchId?: string; limit: number }): ForecastRunInfo[] {
  const rows = db
    .prepare(
      `SELECT ${RUN_COLUMNS}, json_extract(detail, '$.scopeLabel') AS scopeLabel, json_extract(detail, '$.unit') AS unit,
              json_extract(detail, '$.scenario') AS scenario
       FROM forecast_runs WHERE (@batchId IS NULL OR batch_id = @batchId) ORDER BY run_id DESC LIMIT @limit`,
    )
    .all({ batchId: options.batchId ?? null, limit: options.limit }) as (RunRow & { scopeLabel: string; unit: ForecastRun['unit']; scenario: string | null })[];
  return rows.map((row) => ({ ...info(row), scopeLabel: row.scopeLabel, unit: row.unit, scenario: row.scenario === null ? null : JSON.parse(row.scenario) }));
}

/** The saved run with the analyst's overrides applied; throws forecast.run_not_found. */
export function getRun(db: Db, runId: number): ForecastRun {
  const row = db.prepare(`SELECT ${RUN_COLUMNS}, detail FROM forecast_runs WHERE run_id = ?`).get(runId) as (RunRow & { detail: string }) | undefined;
  if (!row) throw notFound(runId);
  const detail = JSON.parse(row.detail) as RunDetail;
  const overrides = new Map(
    (db.prepare('SELECT ts, value, reason, at FROM forecast_overrides WHERE run_id = ?').all(runId) as { ts: Stamp; value: number; reason: string; at: string }[]).map(
      (o) => [o.ts, o],
    ),
  );
  const pointRows = db
    .prepare(
      `SELECT ts, forecast, p10, p50, p90, models, temperature, temperature_effect AS temperatureEffect, actual
       FROM forecast_points WHERE run_id = ? ORDER BY step`,
    )
    .all(runId) as (Omit<ForecastPoint, 'ts' | 'models' | 'override'> & { ts: Stamp; models: string })[];
  const points = pointRows.map((p): ForecastPoint => {
    const override = overrides.get(p.ts);
    return {
      ...p,
      ts: formatStamp(p.ts),
      forecast: override ? override.value : p.forecast,
      models: JSON.parse(p.models) as Partial<Record<ReportedModel, number>>,
      override: override ? { value: override.value, reason: override.reason, at: override.at, modelValue: p.forecast } : null,
    };
  });
  return { ...info(row), ...detail, points };
}

export function renameRun(db: Db, runId: number, name: string): void {
  if (db.prepare('UPDATE forecast_runs SET name = ? WHERE run_id = ?').run(name, runId).changes === 0) throw notFound(runId);
}

export function deleteRun(db: Db, runId: number): void {
  db.transaction(() => {
    if (db.prepare('DELETE FROM forecast_runs WHERE run_id = ?').run(runId).changes === 0) throw notFound(runId);
    db.prepare('DELETE FROM forecast_points WHERE run_id = ?').run(runId);
    db.prepare('DELETE FROM forecast_overrides WHERE run_id = ?').run(runId);
  })();
}

/** Sets (value) or clears (null) the override of the interval starting at `ts`, which must be one of the run's. */
export function setOverride(db: Db, runId: number, ts: string, value: number | null, reason: string): void {
  if (!db.prepare('SELECT 1 FROM forecast_runs WHERE run_id = ?').get(runId)) throw notFound(runId);
  const stamp = parseStamp(ts);
  if (!db.prepare('SELECT 1 FROM forecast_points WHERE run_id = ? AND ts = ?').get(runId, stamp)) {
    throw new EngineError('validation', `${ts} is not an interval of run ${runId}'s forecast.`, { field: 'ts', runId, ts });
  }
  if (value === null) db.prepare('DELETE FROM forecast_overrides WHERE run_id = ? AND ts = ?').run(runId, stamp);
  else {
    db.prepare(
      `INSERT INTO forecast_overrides (run_id, ts, value, reason, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (run_id, ts) DO UPDATE SET value = excluded.value, reason = excluded.reason, at = excluded.at`,
    ).run(runId, stamp, value, reason, new Date().toISOString());
  }
}

function info(row: RunRow): Omit<ForecastRunInfo, 'scopeLabel' | 'unit' | 'scenario'> {
  const { baseRunId: _base, start, ...rest } = row;
  return { ...rest, start: formatStamp(start) };
}

/** 'YYYY-MM-DDTHH:mm' (as runs and the API write times) -> Stamp. */
function parseStamp(text: string): Stamp {
  return stampFromParts(parseIsoDay(text.slice(0, 10)), Number(text.slice(11, 13)), Number(text.slice(14, 16)));
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

function notFound(runId: number): EngineError {
  return new EngineError('forecast.run_not_found', `There is no saved forecast run ${runId}: it may have been deleted.`, { runId });
}
