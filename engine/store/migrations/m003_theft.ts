// Schema 3: theft and anomaly detection with case management.
//
// Detection (engine/theft scoring) saves a run's ranked suspects: theft_score_runs, theft_scores.
// Cases (engine/theft/cases) follow a lead from a suspect through field inspection to its
// outcome: theft_cases with their notes, attached files and an append-only history that
// triggers keep append-only (an auditor's record must not be rewritten, not even by a bug).
//
// A case's status flow (engine/theft/cases/status.ts): to_inspect -> inspecting ->
// confirmed_theft | contract_violation | cleared; a closed case may be reopened (-> inspecting)
// with a reason. A customer has at most one open case (to_inspect or inspecting): the partial
// unique index theft_cases_open.

export const name = 'theft';

export const sql = /* sql */ `
CREATE TABLE theft_score_runs (run_id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, as_of INTEGER NOT NULL, customers INTEGER NOT NULL, supervised INTEGER NOT NULL, labels INTEGER NOT NULL, detail TEXT NOT NULL) STRICT;
CREATE TABLE theft_scores (run_id INTEGER NOT NULL, customer_id TEXT NOT NULL, rank INTEGER NOT NULL, score REAL NOT NULL, unsupervised REAL NOT NULL, supervised REAL, loss_kwh REAL NOT NULL, loss_yuan REAL, change_day INTEGER, reasons TEXT NOT NULL, indicators TEXT NOT NULL, PRIMARY KEY (run_id, customer_id)) STRICT, WITHOUT ROWID;
CREATE INDEX theft_scores_rank ON theft_scores(run_id, rank);

CREATE TABLE theft_cases (
  case_id INTEGER PRIMARY KEY,
  customer_id TEXT NOT NULL,
  status TEXT NOT NULL,            -- to_inspect | inspecting | confirmed_theft | contract_violation | cleared
  opened_at TEXT NOT NULL,         -- ISO instant
  opened_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT,                  -- set while the status is a closing one
  assignee TEXT,
  due_day INTEGER,
  inspection_day INTEGER,
  findings TEXT,
  run_id INTEGER,                  -- the score run and score the case was opened from (NULL: opened by hand)
  score REAL,
  reasons TEXT NOT NULL,           -- JSON array of the suspect's reason codes when opened
  change_day INTEGER,              -- the day consumption dropped, when known
  estimate TEXT,                   -- JSON back-billing estimate (engine/theft/cases/estimate.ts): baseline x days - metered, at the price
  estimate_kwh REAL,               -- its energy and charge, as columns for lists and sums
  estimate_yuan REAL,
  adjusted_kwh REAL,               -- the auditor's adjustment, with its reason
  adjusted_yuan REAL,
  adjust_reason TEXT
) STRICT;
CREATE INDEX theft_cases_customer ON theft_cases(customer_id);
CREATE INDEX theft_cases_status ON theft_cases(status);
CREATE UNIQUE INDEX theft_cases_open ON theft_cases(customer_id) WHERE status IN ('to_inspect', 'inspecting');

-- Every change to a case: who (the user named in the call, else the OS user), when, what.
CREATE TABLE theft_case_history (
  entry_id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  action TEXT NOT NULL,            -- opened | status | assigned | dates | findings | estimate | note | file
  detail TEXT NOT NULL             -- JSON: the fields changed, from and to
) STRICT;
CREATE INDEX theft_case_history_case ON theft_case_history(case_id, entry_id);
CREATE TRIGGER theft_case_history_no_update BEFORE UPDATE ON theft_case_history
BEGIN SELECT RAISE(ABORT, 'theft_case_history is append-only'); END;
CREATE TRIGGER theft_case_history_no_delete BEFORE DELETE ON theft_case_history
BEGIN SELECT RAISE(ABORT, 'theft_case_history is append-only'); END;

CREATE TABLE theft_case_notes (
  note_id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX theft_case_notes_case ON theft_case_notes(case_id);

-- Files attached to a case (photos, inspection reports), kept inside the workspace.
CREATE TABLE theft_case_files (
  file_id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,              -- media type
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  content BLOB NOT NULL
) STRICT;
CREATE INDEX theft_case_files_case ON theft_case_files(case_id);
`;
