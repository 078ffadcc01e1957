// Schema 5: customer-service analytics (issue 6). Ticket text models (engine/text) trained on
// labelled tickets or an analyst's CSV, and the labels they gave the workspace's tickets; the
// sensitive-customer tags (engine/service/tags), each with the evidence that explains it.

export const name = 'service';

export const sql = /* sql */ `
CREATE TABLE text_models (
  model_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  source TEXT NOT NULL,            -- workspace | table
  task TEXT NOT NULL,              -- what the labels are: type | sentiment | a CSV's label column
  labels TEXT NOT NULL,            -- JSON array of the label values
  rows INTEGER NOT NULL,           -- training texts
  file_name TEXT,                  -- table models: the CSV's name and its text column
  text_column TEXT,
  seconds REAL NOT NULL,
  metrics TEXT NOT NULL,           -- JSON: cross-validated accuracy, macro-F1, per label
  model TEXT NOT NULL              -- JSON model (engine/text)
) STRICT;

CREATE TABLE ticket_labels (
  ticket_id TEXT NOT NULL,
  model_id INTEGER NOT NULL,
  label TEXT NOT NULL,
  confidence REAL NOT NULL,
  rule_word TEXT,                  -- the keyword rule's word that decided the label; NULL when the model did
  PRIMARY KEY (ticket_id, model_id)
) STRICT, WITHOUT ROWID;

-- The analyst's keyword rules, applied before a model of the same task: a text holding any of
-- the words gets the label (the first rule in position order wins).
CREATE TABLE text_rules (
  task TEXT NOT NULL,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  words TEXT NOT NULL,             -- JSON array
  hits INTEGER NOT NULL DEFAULT 0, -- tickets it labelled in the latest classification with a model of its task
  PRIMARY KEY (task, position)
) STRICT;

CREATE TABLE customer_tags (
  customer_id TEXT NOT NULL,
  tag TEXT NOT NULL,               -- repeat_contact | escalation | complaint_in_arrears | complaint_after_outage | complaint_after_high_bill | ...
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  count INTEGER NOT NULL,
  detail TEXT NOT NULL,            -- JSON: the tickets, events or bills that explain the tag
  PRIMARY KEY (customer_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_tags_tag ON customer_tags(tag);
`;
