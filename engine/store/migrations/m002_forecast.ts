// Schema 2: load forecasting. Saved runs with their points and analysts' overrides, and the
// workspace's own holiday table.
//
// The holiday table: while meta 'holiday_table' is absent the forecast calendar is the built-in
// Chinese table (resources/calendar/holidays-cn.json) and holiday_days is empty. Saving a table
// of the workspace's own sets meta 'holiday_table' = 'workspace', and from then on holiday_days
// alone is the calendar, even when empty (a region that keeps no Chinese holidays, such as the
// Victorian data of the benchmarks, saves an empty table). Going back to the built-in table
// empties holiday_days and removes the key (engine/forecast/holidayTable.ts).

export const name = 'forecast';

export const sql = /* sql */ `
-- Forecast runs a user saved: the run's summary for lists, the rest of the run (args, weights, station, checks, metrics, heat map, history) as JSON.
CREATE TABLE forecast_runs (
  run_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  scope TEXT NOT NULL,
  resolution TEXT NOT NULL,
  start_ts INTEGER NOT NULL,
  horizon_hours INTEGER NOT NULL,
  model TEXT NOT NULL,
  chosen TEXT NOT NULL,
  mape REAL,
  batch_id TEXT,
  base_run_id INTEGER,
  detail TEXT NOT NULL
) STRICT;
CREATE INDEX forecast_runs_batch ON forecast_runs(batch_id) WHERE batch_id IS NOT NULL;
CREATE TABLE forecast_points (
  run_id INTEGER NOT NULL,
  step INTEGER NOT NULL,
  ts INTEGER NOT NULL,
  forecast REAL NOT NULL,
  p10 REAL NOT NULL,
  p50 REAL NOT NULL,
  p90 REAL NOT NULL,
  models TEXT NOT NULL,            -- JSON {model: value}
  temperature REAL,
  temperature_effect REAL,
  actual REAL,
  PRIMARY KEY (run_id, step)
) STRICT, WITHOUT ROWID;
-- An analyst's replacement of one interval's forecast, kept with the run.
CREATE TABLE forecast_overrides (
  run_id INTEGER NOT NULL,
  ts INTEGER NOT NULL,
  value REAL NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (run_id, ts)
) STRICT;
-- The workspace's own holiday table; empty: the built-in Chinese table (resources/calendar/holidays-cn.json).
CREATE TABLE holiday_days (
  day INTEGER PRIMARY KEY,
  type TEXT NOT NULL,              -- holiday | workday
  festival TEXT NOT NULL DEFAULT ''
) STRICT;
`;
