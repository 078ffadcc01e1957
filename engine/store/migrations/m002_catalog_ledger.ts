// Schema 2: the catalog ledger in tables. Schema 1 kept it as one JSON document per kind in
// `meta` ('catalog_ledger:<kind>'), read whole and written whole by every import, growing with
// the number of meters; rows keyed by kind and month, and by kind and entity, let an import
// rewrite only the months and entities it touched (engine/aggregates/ledger.ts).
// The documents of a schema-1 workspace become rows here, then leave `meta`.

export const name = 'catalog_ledger';

/** yyyymmdd as the ISO date julianday() reads. */
const isoDate = (day: string) => `printf('%04d-%02d-%02d', ${day} / 10000, ${day} / 100 % 100, ${day} % 100)`;

export const sql = /* sql */ `
-- Per kind and month (yyyymm): the rows stored, the values present, the first and last day.
CREATE TABLE catalog_ledger_months (
  kind TEXT NOT NULL,
  month INTEGER NOT NULL,
  rows INTEGER NOT NULL,
  present INTEGER NOT NULL,
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
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

INSERT INTO catalog_ledger_months (kind, month, rows, present, first_day, last_day)
SELECT substr(m.key, 16), CAST(j.key AS INTEGER), j.value ->> '$.rows', j.value ->> '$.present', j.value ->> '$.first', j.value ->> '$.last'
  FROM meta m, json_each(m.value, '$.months') j
 WHERE substr(m.key, 1, 15) = 'catalog_ledger:';

INSERT INTO catalog_ledger_entities (kind, entity, first_day, last_day, units_per_day, expected)
SELECT kind, entity, first_day, last_day, units,
       (CAST(round(julianday(${isoDate('last_day')}) - julianday(${isoDate('first_day')})) AS INTEGER) + 1) * units
  FROM (SELECT substr(m.key, 16) AS kind, j.key AS entity,
               j.value ->> '$[0]' AS first_day, j.value ->> '$[1]' AS last_day, j.value ->> '$[2]' AS units
          FROM meta m, json_each(m.value, '$.entities') j
         WHERE substr(m.key, 1, 15) = 'catalog_ledger:');

DELETE FROM meta WHERE substr(key, 1, 15) = 'catalog_ledger:';
`;
