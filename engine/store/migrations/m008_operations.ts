// Schema 8: operations (issue 7). Backups taken of this workspace (the retention policy removes
// old files and marks them here), recurring jobs with their runs, and the files a watched folder
// has already given (so a scheduled import takes each new file once).

export const name = 'operations';

export const sql = /* sql */ `
CREATE TABLE backups (
  backup_id INTEGER PRIMARY KEY,
  workspace_id TEXT NOT NULL,      -- meta workspace_id of the workspace that made it: retention removes only its own
  path TEXT NOT NULL,
  created_at TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  trigger TEXT NOT NULL CHECK (trigger IN ('manual', 'scheduled', 'cli')),
  actor TEXT NOT NULL,             -- who asked for it
  seconds REAL NOT NULL,           -- copy and verification
  verified_at TEXT NOT NULL,       -- a backup is recorded only once verified (engine/backup/create.ts)
  removed_at TEXT                  -- when the retention policy deleted the file
) STRICT;
-- Names the workspace in its backups' manifests and rows; a restored copy is given a new one.
INSERT OR IGNORE INTO meta (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))));

CREATE TABLE schedules (
  schedule_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  task TEXT NOT NULL CHECK (task IN ('import_folder', 'risk_score', 'theft_score', 'forecast_refresh', 'backup')),
  cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
  weekday INTEGER CHECK (weekday BETWEEN 1 AND 7),   -- 1 = Monday; weekly only
  at_time TEXT NOT NULL,           -- HH:MM, local time
  options TEXT NOT NULL,           -- JSON, per task (watched folder and the mapping's content, backup folder, ...)
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  next_run_at TEXT NOT NULL,       -- an instant, ISO UTC (engine/schedules/cadence.ts)
  last_run_at TEXT,
  CHECK ((cadence = 'weekly') = (weekday IS NOT NULL))
) STRICT;

-- A run is claimed (inserted 'running' and the schedule's next run moved on) in one transaction,
-- so that the app and the command line never both run one schedule: see engine/schedules/claim.ts.
CREATE TABLE schedule_runs (
  run_id INTEGER PRIMARY KEY,
  schedule_id INTEGER NOT NULL REFERENCES schedules(schedule_id) ON DELETE CASCADE,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'interrupted')),
  trigger TEXT NOT NULL CHECK (trigger IN ('app', 'cli', 'manual')),
  started_by TEXT NOT NULL,
  job_ids TEXT NOT NULL DEFAULT '[]',
  outcome TEXT NOT NULL DEFAULT '{}', -- JSON: files imported, failed and waiting; the error that failed it
  owner_pid INTEGER,               -- the process running it: a run left 'running' by one that is gone was interrupted
  owner_host TEXT
) STRICT;
CREATE INDEX schedule_runs_schedule ON schedule_runs(schedule_id, started_at);

-- The files a watched folder gave, by path, size and modification time: a file is new until it
-- is here; one that failed stays failed until it changes (no retry of the same bytes every run).
CREATE TABLE watched_files (
  schedule_id INTEGER NOT NULL REFERENCES schedules(schedule_id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  modified_at TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES schedule_runs(run_id) ON DELETE CASCADE,
  job_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('imported', 'failed')),
  import_id INTEGER,
  error TEXT,                      -- JSON error payload of a failed file
  PRIMARY KEY (schedule_id, path, bytes, modified_at)
) STRICT, WITHOUT ROWID;
CREATE INDEX watched_files_run ON watched_files(run_id);

-- The data quality check (engine/quality): the latest check, its figures per kind and code,
-- and the findings kept per kind and code (the first qualityRowsKept) to drill down to. Each
-- check replaces the one before.
CREATE TABLE quality_checks (
  check_id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  seconds REAL NOT NULL,
  options TEXT NOT NULL,           -- JSON: madK, capacityFactor
  findings INTEGER NOT NULL,
  actor TEXT NOT NULL
) STRICT;

CREATE TABLE quality_figures (
  check_id INTEGER NOT NULL REFERENCES quality_checks(check_id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  code TEXT NOT NULL,              -- engine/api/qualityTypes.ts qualityCodes
  findings INTEGER NOT NULL,
  entities INTEGER NOT NULL,       -- meters, customers, areas or files concerned
  amount REAL NOT NULL,            -- the code's measure summed (points or days missing, rows...)
  kept INTEGER NOT NULL,           -- findings kept in quality_findings
  PRIMARY KEY (check_id, kind, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE quality_findings (
  check_id INTEGER NOT NULL REFERENCES quality_checks(check_id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  code TEXT NOT NULL,
  entity TEXT NOT NULL,            -- a meter, customer or area number, or a file name
  day INTEGER,                     -- yyyymmdd (a bill month's first day)
  value REAL,
  expected REAL,
  detail TEXT
) STRICT;
CREATE INDEX quality_findings_code ON quality_findings(check_id, kind, code, entity, day);
`;
