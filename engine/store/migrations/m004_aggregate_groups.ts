// Schema 4: what lets a small archive import refresh only the aggregates it changed
// (engine/aggregates/archive.ts) instead of re-reading every meter's consumption.
//  - agg_meter_groups, agg_customer_groups: the (area, category) each meter's consumption and
//    each customer's bills are counted under, and the multiplier a meter's consumption was
//    derived with, as of the last refresh: the groups a changed customer leaves.
//  - agg_energy_group_days: consumption per month, area, category and day of month, from which
//    agg_energy_daily (per day and category) is summed over the areas, so that a category's
//    days can be recounted from a few thousand rows.
// A schema-3 workspace's groups are recorded from its archive (the aggregates were counted with
// it); its group days cannot be computed in SQL, so they are marked incomplete and the next
// import, of any kind, recounts everything once.

export const name = 'aggregate_groups';

export const sql = /* sql */ `
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

CREATE TABLE agg_energy_group_days (
  month INTEGER NOT NULL,
  category TEXT NOT NULL,
  area_id TEXT NOT NULL,
  kwh BLOB NOT NULL,                        -- Float64Array[31]: kWh per day of month
  meters BLOB NOT NULL,                     -- Float64Array[31]: meters with a value that day
  PRIMARY KEY (month, category, area_id)
) STRICT;

INSERT INTO agg_meter_groups (meter_id, area_id, category, multiplier)
SELECT m.meter_id, COALESCE(c.area_id, ''), c.category, m.multiplier
  FROM meters m JOIN customers c ON c.customer_id = m.customer_id;

INSERT INTO agg_customer_groups (customer_id, area_id, category)
SELECT customer_id, COALESCE(area_id, ''), category FROM customers;

INSERT INTO meta (key, value)
SELECT 'energy_group_days', 'incomplete' WHERE EXISTS (SELECT 1 FROM agg_energy_monthly);
`;
