// Schema 7: query and reports (issue 7). Saved views of the query builder (measures, dimensions,
// filters, pivot and chart, as JSON) and saved report definitions (sections drawn from saved
// views and module charts, as JSON).

export const name = 'query';

export const sql = /* sql */ `
CREATE TABLE saved_views (
  view_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  spec TEXT NOT NULL,              -- JSON: the query builder's measures, dimensions, filters, pivot and chart
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL         -- the actor who saved or renamed it last
) STRICT;

CREATE TABLE reports (
  report_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  spec TEXT NOT NULL,              -- JSON: title, language, period and the ordered sections
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL         -- the actor who saved it last
) STRICT;
`;
