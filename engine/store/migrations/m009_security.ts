// Schema 9: security (issue 7). The workspace's user profiles and their roles, and the audit log:
// append-only (the triggers refuse UPDATE and DELETE), each entry chained to the one before by a
// hash so that an entry changed outside the app is found by `workbench audit verify`.

export const name = 'security';

export const sql = /* sql */ `
CREATE TABLE users (
  user_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('analyst', 'auditor', 'administrator')),
  password_hash TEXT,              -- scrypt, optional; NULL: the profile needs no password
  created_at TEXT NOT NULL,
  disabled_at TEXT
) STRICT;

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  role TEXT,
  action TEXT NOT NULL,            -- import | export | unmask | case_change | override | ...
  subject TEXT,                    -- what it was done to: a file, a case, a customer, a run
  detail TEXT NOT NULL,            -- JSON
  prev_hash TEXT NOT NULL,         -- the entry before's hash ('' for the first)
  hash TEXT NOT NULL               -- sha256 over seq, at, actor, role, action, subject, detail and prev_hash
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;
