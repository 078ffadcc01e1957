// Schema 6: customers (issue 6). Load-shape segmentation runs (engine/segments: k-means on
// normalised daily profiles per category) and each customer's cluster; saved target lists and
// their members.

export const name = 'customers';

export const sql = /* sql */ `
CREATE TABLE segment_runs (
  run_id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  from_day INTEGER NOT NULL,
  to_day INTEGER NOT NULL,
  customers INTEGER NOT NULL,
  detail TEXT NOT NULL             -- JSON: per category k, the criterion's values per k, the clusters' centroids and names
) STRICT;

CREATE TABLE customer_segments (
  run_id INTEGER NOT NULL,
  customer_id TEXT NOT NULL,
  category TEXT,                   -- the usage category segmented in; NULL for a meter without an archive
  cluster INTEGER NOT NULL,
  cluster_name TEXT NOT NULL,
  distance REAL NOT NULL,          -- to the cluster's centroid (how typical the customer is)
  PRIMARY KEY (run_id, customer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_segments_cluster ON customer_segments(run_id, category, cluster);

CREATE TABLE target_lists (
  list_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  filters TEXT NOT NULL,           -- JSON: the tags, segments and thresholds the list was drawn with
  customers INTEGER NOT NULL
) STRICT;

-- A list's members as drawn when it was saved (a later run or tag does not change a list sent
-- out), each with the reasons it is on the list.
CREATE TABLE target_list_members (
  list_id INTEGER NOT NULL,
  customer_id TEXT NOT NULL,
  saving_yuan REAL,                -- the time-of-use saving a year, where the customer has curves
  reasons TEXT NOT NULL,           -- JSON [{code, value}]: the filters the customer met
  PRIMARY KEY (list_id, customer_id)
) STRICT, WITHOUT ROWID;
`;
