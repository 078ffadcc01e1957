// Schema 1: every data kind of the domain, import and job history, the catalog's figures and
// their ledger, overview aggregates. The schema of the first release: a later change is a new
// numbered migration (see index.ts), never an edit of this one.
//
// Pre-release builds wrote workspaces whose history began with a migration 1 named 'initial'
// (a smaller schema, then migrations 2 to 5), and for a few hours with this schema under that
// name. The app was never released, so they are not upgraded: this migration has a name of its
// own, and opening such a file refuses it as a pre-release build's (store/database.ts).
//
// Conventions (see engine/core/calendar.ts): days are INTEGER yyyymmdd, months INTEGER yyyymm,
// local timestamps INTEGER yyyymmddHHMM: compact, sortable and readable in a SQL console.
// Money in yuan (REAL), energy in kWh, power in kW, capacity in kVA.
//
// Bulk series are stored as blobs, one row per meter and period, because a row per value
// costs ~40 bytes of overhead for 8 bytes of data (see tests/bench/import.ts):
//  - interval_load: one row per meter-day, Float32 kW per interval (NaN = missing);
//  - daily_energy: one row per meter-month, Float64 kWh per day of month (NaN = none).

export const name = 'first-release';

export const sql = /* sql */ `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE feeders (
  feeder_id TEXT PRIMARY KEY,
  name TEXT,
  supply_unit TEXT,
  import_id INTEGER
) STRICT;

-- 台区: all customers behind one distribution transformer.
CREATE TABLE areas (
  area_id TEXT PRIMARY KEY,
  name TEXT,
  feeder_id TEXT,
  capacity_kva REAL,
  supply_unit TEXT,
  import_id INTEGER
) STRICT;
CREATE INDEX areas_feeder ON areas(feeder_id);

CREATE TABLE customers (
  customer_id TEXT PRIMARY KEY,
  name TEXT,
  address TEXT,
  phone TEXT,
  id_number TEXT,
  category TEXT NOT NULL DEFAULT 'other',  -- residential | commercial | large_industry | agricultural | other
  category_raw TEXT,
  industry TEXT,
  voltage TEXT,
  contract_kva REAL,
  supply_unit TEXT,
  area_id TEXT,
  feeder_id TEXT,
  open_day INTEGER,
  prepaid INTEGER,                          -- 1 prepaid (预付费), 0 postpaid, NULL unknown
  tariff TEXT,
  import_id INTEGER
) STRICT;
CREATE INDEX customers_area ON customers(area_id);
-- The data browser finds customers by name, phone or ID number (personal fields, searched only
-- when the user has unmasked them): a prefix search, a range of the column's index.
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_phone ON customers(phone);
CREATE INDEX customers_id_number ON customers(id_number);

-- Every meter any data refers to; customer_id NULL = unmatched (no archive entry yet).
-- A stand-in (stand_in = 1, meter_id = customer_id) holds data keyed by customer number until an
-- archive names the customer's meter, which takes its rows over (engine/import/writers/standIns.ts);
-- a meter an archive names is never one, whatever its number.
CREATE TABLE meters (
  meter_id TEXT PRIMARY KEY,
  customer_id TEXT,
  multiplier REAL NOT NULL DEFAULT 1,       -- 综合倍率: kWh = register delta x multiplier
  import_id INTEGER,
  stand_in INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX meters_customer ON meters(customer_id);
CREATE INDEX meters_stand_in ON meters(customer_id) WHERE stand_in = 1;

CREATE TABLE interval_load (
  meter_id TEXT NOT NULL,
  day INTEGER NOT NULL,
  points INTEGER NOT NULL,                  -- 96, 48 or 24 intervals
  kwh REAL,                                 -- the day's energy; NULL when every point is missing
  peak_kw REAL,
  missing INTEGER NOT NULL,                 -- points missing
  kw BLOB NOT NULL,                         -- Float32Array (little-endian) of average kW
  quality BLOB,                             -- Uint8Array per point: 0 ok, 1 missing; NULL = all ok
  import_id INTEGER NOT NULL,
  PRIMARY KEY (meter_id, day)
) STRICT;
CREATE INDEX interval_load_day ON interval_load(day);

CREATE TABLE daily_energy (
  meter_id TEXT NOT NULL,
  month INTEGER NOT NULL,
  kwh BLOB NOT NULL,                        -- Float64Array[31]: consumption per day of month, NaN = unknown
  source BLOB NOT NULL,                     -- Uint8Array[31]: 0 none, 1 frozen readings, 2 given consumption, 3 sum of interval load
  registers INTEGER NOT NULL DEFAULT 0,     -- registers per day in readings: 0 none, 1 total, 5 total/sharp/peak/flat/valley
  readings BLOB,                            -- Float64Array[31 x registers], day-major: register r of day d at d*registers+r
  multiplier REAL,
  days INTEGER NOT NULL,                    -- days with a consumption value
  total_kwh REAL NOT NULL,
  import_id INTEGER NOT NULL,
  PRIMARY KEY (meter_id, month)
) STRICT;
CREATE INDEX daily_energy_month ON daily_energy(month);

-- 台区供电量: energy into the area (and, when the export has it, energy sold).
CREATE TABLE area_supply (
  area_id TEXT NOT NULL,
  day INTEGER NOT NULL,
  supplied_kwh REAL NOT NULL,
  sold_kwh REAL,
  import_id INTEGER NOT NULL,
  PRIMARY KEY (area_id, day)
) STRICT;

CREATE TABLE bills (
  customer_id TEXT NOT NULL,
  month INTEGER NOT NULL,                   -- 电费年月
  kwh REAL,
  billed_yuan REAL NOT NULL,                -- 应收电费
  due_day INTEGER,
  paid_yuan REAL NOT NULL DEFAULT 0,        -- 实收电费
  paid_day INTEGER,
  channel TEXT,                             -- counter | bank | app | wechat | alipay | other
  channel_raw TEXT,
  arrears_yuan REAL NOT NULL DEFAULT 0,     -- 欠费金额
  late_fee_yuan REAL NOT NULL DEFAULT 0,    -- 违约金
  import_id INTEGER NOT NULL,
  PRIMARY KEY (customer_id, month)
) STRICT;
CREATE INDEX bills_month ON bills(month);
CREATE INDEX bills_arrears ON bills(arrears_yuan);  -- the data browser's largest debts first

-- Keyed on the type as the file names it: two event types the app does not know both code as
-- 'other', and would collapse into one row if the code were the key.
CREATE TABLE meter_events (
  meter_id TEXT NOT NULL,
  type TEXT NOT NULL,                       -- normalised event code, see resources/headers/events.json
  type_raw TEXT NOT NULL,                   -- the file's text (a code when the file gave a code)
  start_ts INTEGER NOT NULL,
  end_ts INTEGER,
  import_id INTEGER NOT NULL,
  PRIMARY KEY (meter_id, type_raw, start_ts)
) STRICT;
CREATE INDEX meter_events_start ON meter_events(start_ts);

CREATE TABLE weather (
  station TEXT NOT NULL,
  ts INTEGER NOT NULL,
  temperature REAL,
  humidity REAL,
  precipitation REAL,
  import_id INTEGER NOT NULL,
  PRIMARY KEY (station, ts)
) STRICT;

CREATE TABLE tickets (
  ticket_id TEXT PRIMARY KEY,
  customer_id TEXT,
  ts INTEGER NOT NULL,
  channel TEXT,                             -- phone_95598 | app | wechat | counter | other
  channel_raw TEXT,
  type TEXT,                                -- complaint | inquiry | repair | suggestion | praise | report | other
  type_raw TEXT,
  text TEXT,
  satisfaction REAL,                        -- 1..5
  handling_hours REAL,
  import_id INTEGER NOT NULL
) STRICT;
CREATE INDEX tickets_customer ON tickets(customer_id);
CREATE INDEX tickets_ts ON tickets(ts);

CREATE TABLE inspections (
  customer_id TEXT NOT NULL,
  day INTEGER NOT NULL,
  outcome TEXT NOT NULL,                    -- theft | violation | cleared
  outcome_raw TEXT,
  back_kwh REAL,
  back_yuan REAL,
  penalty_yuan REAL,
  import_id INTEGER NOT NULL,
  PRIMARY KEY (customer_id, day)
) STRICT;

CREATE TABLE imports (
  import_id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,
  file_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  encoding TEXT,
  mapping TEXT NOT NULL,                    -- JSON of the resolved mapping
  started_at TEXT NOT NULL,
  finished_at TEXT,
  rows_read INTEGER NOT NULL DEFAULT 0,
  imported INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  quarantined INTEGER NOT NULL DEFAULT 0,
  headers TEXT NOT NULL                     -- JSON array of the file's header texts
) STRICT;

CREATE TABLE quarantine (
  import_id INTEGER NOT NULL,
  row INTEGER NOT NULL,                     -- 1-based row number as a spreadsheet shows it
  column_name TEXT NOT NULL,
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  cells TEXT NOT NULL,                      -- JSON array of the raw cells
  PRIMARY KEY (import_id, row)
) STRICT;

CREATE TABLE jobs (
  job_id TEXT PRIMARY KEY,
  method TEXT NOT NULL,
  label TEXT NOT NULL,
  status TEXT NOT NULL,                     -- running | succeeded | failed | cancelled | interrupted
  started_at TEXT NOT NULL,
  finished_at TEXT,
  args TEXT NOT NULL,
  result TEXT,
  error TEXT,
  log TEXT NOT NULL DEFAULT '',
  -- Who runs the job, recorded when a job that writes starts (a job that writes nothing is
  -- recorded only once finished, without them). A row left 'running' is marked interrupted
  -- only when that process (pid on host) is gone (engine/worker/jobOwner.ts).
  owner_pid INTEGER,
  owner_host TEXT
) STRICT;

-- Per-kind figures for the catalog, maintained by each import (the catalog never scans raw data).
CREATE TABLE catalog_stats (
  kind TEXT PRIMARY KEY,
  rows INTEGER NOT NULL,
  first_day INTEGER,
  last_day INTEGER,
  expected INTEGER,                         -- intervals (or days) expected over each entity's span
  missing INTEGER,                          -- of which missing
  unmatched INTEGER,
  entities INTEGER NOT NULL,
  last_import_at TEXT,
  -- The rows the data browser lists for the kind, so that a page needs no COUNT(*). It differs
  -- from the rows column for daily consumption only: the browser lists meter-months, the
  -- catalog counts meter-days.
  table_rows INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The catalog ledger, from which each dated kind's catalog_stats row is derived: rows keyed by
-- kind and month, and by kind and entity, so that an import rewrites only the months and
-- entities it touched (engine/aggregates/ledger.ts), however many meters the workspace holds.
-- WITHOUT ROWID: small rows always read and written by their whole key, kept in key order in
-- one b-tree (no rowid table beside the key's index).

-- Per kind and month (yyyymm): the rows stored, the values present, the first and last day, and
-- the rows the data browser lists (see catalog_stats.table_rows).
CREATE TABLE catalog_ledger_months (
  kind TEXT NOT NULL,
  month INTEGER NOT NULL,
  rows INTEGER NOT NULL,
  present INTEGER NOT NULL,
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  table_rows INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, month)
) STRICT, WITHOUT ROWID;

-- Per kind and entity (meter, customer, area, station): the span of its data and the values
-- expected over it (days of the span x units per day; 0 for kinds without a daily rhythm).
CREATE TABLE catalog_ledger_entities (
  kind TEXT NOT NULL,
  entity TEXT NOT NULL,
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  units_per_day INTEGER NOT NULL,
  expected INTEGER NOT NULL,
  PRIMARY KEY (kind, entity)
) STRICT, WITHOUT ROWID;

-- Overview aggregates, refreshed for the touched periods by each import, so that the
-- overview reads a few thousand rows whatever the size of the workspace.
CREATE TABLE agg_energy_monthly (
  month INTEGER NOT NULL,
  area_id TEXT NOT NULL,                    -- '' for meters not matched to a customer or area
  category TEXT NOT NULL,
  kwh REAL NOT NULL,
  meters INTEGER NOT NULL,                  -- meters with at least one day of data in the month
  PRIMARY KEY (month, area_id, category)
) STRICT;

-- Consumption per month, area, category and day of month, from which agg_energy_daily is summed
-- over the areas, so that an archive import recounts a category's days from a few thousand rows
-- instead of every meter's consumption (engine/aggregates/archive.ts).
CREATE TABLE agg_energy_group_days (
  month INTEGER NOT NULL,
  category TEXT NOT NULL,
  area_id TEXT NOT NULL,
  kwh BLOB NOT NULL,                        -- Float64Array[31]: kWh per day of month
  meters BLOB NOT NULL,                     -- Float64Array[31]: meters with a value that day
  PRIMARY KEY (month, category, area_id)
) STRICT;

-- Region-wide consumption per day and category (load against temperature).
CREATE TABLE agg_energy_daily (
  day INTEGER NOT NULL,
  category TEXT NOT NULL,
  kwh REAL NOT NULL,
  meters INTEGER NOT NULL,
  PRIMARY KEY (day, category)
) STRICT;

CREATE TABLE agg_bills_monthly (
  month INTEGER NOT NULL,
  area_id TEXT NOT NULL,
  category TEXT NOT NULL,
  bills INTEGER NOT NULL,
  billed_yuan REAL NOT NULL,
  paid_yuan REAL NOT NULL,
  arrears_yuan REAL NOT NULL,
  late_fee_yuan REAL NOT NULL,
  customers_in_arrears INTEGER NOT NULL,
  PRIMARY KEY (month, area_id, category)
) STRICT;

CREATE TABLE agg_area_supply_monthly (
  month INTEGER NOT NULL,
  area_id TEXT NOT NULL,
  supplied_kwh REAL NOT NULL,
  sold_kwh REAL,                            -- from the supply export when given
  days INTEGER NOT NULL,
  PRIMARY KEY (month, area_id)
) STRICT;

CREATE TABLE agg_weather_daily (
  day INTEGER NOT NULL,
  station TEXT NOT NULL,
  temperature_mean REAL,
  temperature_min REAL,
  temperature_max REAL,
  PRIMARY KEY (day, station)
) STRICT;

-- The (area, category) each meter's consumption and each customer's bills are counted under,
-- and the multiplier a meter's consumption was derived with, as of the last refresh: the groups
-- a changed customer leaves, so that an archive import recounts only those
-- (engine/aggregates/groups.ts, archive.ts).
CREATE TABLE agg_meter_groups (
  meter_id TEXT PRIMARY KEY,
  area_id TEXT NOT NULL,
  category TEXT NOT NULL,
  multiplier REAL NOT NULL
) STRICT;

CREATE TABLE agg_customer_groups (
  customer_id TEXT PRIMARY KEY,
  area_id TEXT NOT NULL,
  category TEXT NOT NULL
) STRICT;
`;
