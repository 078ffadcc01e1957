// Schema 4: fee-recovery (arrears) risk.
//
// A model (engine/risk/model: scorecard + challenger + validation, the RiskModel JSON) is trained
// on the workspace's customers or on an analyst's own table; a score run scores every customer
// of the workspace with a workspace model as of a day. The expected-loss trend, score history and
// population stability read the runs. An analyst's grade adjustments are kept append-only
// (triggers): the latest one for a customer applies, the earlier ones stay as its record.

export const name = 'risk';

export const sql = /* sql */ `
CREATE TABLE risk_models (
  model_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  source TEXT NOT NULL,            -- workspace | table
  as_of INTEGER,                   -- workspace models: features as of this day
  horizon_months INTEGER,          -- workspace models: target = serious arrears within these months after as_of
  file_name TEXT,                  -- table models: the analyst's file
  target TEXT NOT NULL,
  rows INTEGER NOT NULL,
  bads INTEGER NOT NULL,
  scorecard_auc REAL NOT NULL,
  challenger_auc REAL NOT NULL,
  seconds REAL NOT NULL,
  model TEXT NOT NULL,             -- JSON RiskModel (engine/risk/model/types.ts)
  detail TEXT NOT NULL             -- JSON: target definition and training notes
) STRICT;

CREATE TABLE risk_runs (
  run_id INTEGER PRIMARY KEY,
  model_id INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  as_of INTEGER NOT NULL,
  customers INTEGER NOT NULL,
  expected_loss_yuan REAL NOT NULL,
  outstanding_yuan REAL NOT NULL,
  by_grade TEXT NOT NULL,          -- JSON {A: n, ..., E: n}
  features TEXT NOT NULL           -- JSON: per feature, the share of customers in each bin (population stability)
) STRICT;
CREATE INDEX risk_runs_model ON risk_runs(model_id, as_of);

CREATE TABLE risk_scores (
  run_id INTEGER NOT NULL,
  customer_id TEXT NOT NULL,
  probability REAL NOT NULL,
  score REAL NOT NULL,
  grade TEXT NOT NULL,
  willingness REAL NOT NULL,
  ability REAL NOT NULL,
  challenger_probability REAL NOT NULL,
  outstanding_yuan REAL NOT NULL,
  expected_loss_yuan REAL NOT NULL,
  reasons TEXT NOT NULL,           -- JSON ReasonCode[], most costly first
  features TEXT NOT NULL,          -- JSON {feature: value} as scored (the profile shows them)
  PRIMARY KEY (run_id, customer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX risk_scores_loss ON risk_scores(run_id, expected_loss_yuan DESC);
CREATE INDEX risk_scores_customer ON risk_scores(customer_id, run_id);

CREATE TABLE risk_adjustments (
  adjustment_id INTEGER PRIMARY KEY,
  customer_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  who TEXT NOT NULL,
  from_grade TEXT NOT NULL,
  grade TEXT NOT NULL,
  reason TEXT NOT NULL
) STRICT;
CREATE INDEX risk_adjustments_customer ON risk_adjustments(customer_id, adjustment_id);
CREATE TRIGGER risk_adjustments_no_update BEFORE UPDATE ON risk_adjustments
BEGIN SELECT RAISE(ABORT, 'risk_adjustments is append-only'); END;
CREATE TRIGGER risk_adjustments_no_delete BEFORE DELETE ON risk_adjustments
BEGIN SELECT RAISE(ABORT, 'risk_adjustments is append-only'); END;
`;
