// Everything the arrears features are computed from, read from the workspace once: bills (which
// also decide who the customers are: those billed at least once), the archive, consumption by
// month and tickets. A training job reads it once and builds the data set as of many days.
import type { Db } from '../../store/database.js';
import { loadArchive, type ArchiveColumns } from './archive.js';
import { loadBills, type BillColumns } from './bills.js';
import { loadConsumption, type MonthlyConsumption } from './consumption.js';
import { loadTickets, type CustomerTickets } from './tickets.js';

export interface RiskSources {
  bills: BillColumns;
  archive: ArchiveColumns;
  consumption: MonthlyConsumption | null;
  tickets: CustomerTickets | null;
}

export function loadRiskSources(db: Db): RiskSources {
  const bills = loadBills(db);
  const customerIndex = new Map(bills.customers.map((id, c) => [id, c]));
  return {
    bills,
    archive: loadArchive(db, customerIndex),
    consumption: loadConsumption(db, customerIndex),
    tickets: loadTickets(db, customerIndex),
  };
}
