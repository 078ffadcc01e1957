// Schema 3: what the data browser needs to page without scanning.
//  - catalog_stats.table_rows: the rows the browser lists for the kind, so that a page needs no
//    COUNT(*); kept per month in the ledger (catalog_ledger_months.table_rows) like the other
//    counts. It differs from `rows` for daily consumption only: the browser lists meter-months,
//    the catalog counts meter-days.
//  - indexes for the orders and searches that matter beyond the keys: bills by arrears (the
//    largest debts first), customers found by name, phone or ID number (personal fields,
//    searched only when the user has unmasked them).
// A schema-2 workspace's counts are filled in from the ledger and the daily table (there, the
// meter-months with a value; the full recount that migration 4 asks for counts them all).

export const name = 'browse_paging';

export const sql = /* sql */ `
ALTER TABLE catalog_ledger_months ADD COLUMN table_rows INTEGER NOT NULL DEFAULT 0;
UPDATE catalog_ledger_months SET table_rows = rows WHERE kind <> 'daily';
UPDATE catalog_ledger_months
   SET table_rows = (SELECT COUNT(*) FROM daily_energy d WHERE d.month = catalog_ledger_months.month AND d.days > 0)
 WHERE kind = 'daily';

ALTER TABLE catalog_stats ADD COLUMN table_rows INTEGER NOT NULL DEFAULT 0;
UPDATE catalog_stats SET table_rows = rows WHERE kind IN ('customers', 'areas');
UPDATE catalog_stats
   SET table_rows = (SELECT CAST(TOTAL(m.table_rows) AS INTEGER) FROM catalog_ledger_months m WHERE m.kind = catalog_stats.kind)
 WHERE kind NOT IN ('customers', 'areas');

CREATE INDEX bills_arrears ON bills(arrears_yuan);
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_phone ON customers(phone);
CREATE INDEX customers_id_number ON customers(id_number);
`;
