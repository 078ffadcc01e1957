// The customer 360: everything the workspace knows of one customer in one answer. A customer is
// an archive entry, or a meter no archive names (its number stands for the customer, as in the
// theft list); neither is customers.not_found.
import type { Customer360 } from '../api/customersTypes.js';
import { EngineError } from '../api/errors.js';
import type { Db } from '../store/database.js';
import { customerArchive } from './archive.js';
import { customerConsumption } from './consumption.js';
import { customerBills, customerTickets } from './history.js';
import { metersOf } from './loadShape.js';
import { customerSegment, customerTags, riskScore, theftScore } from './scores.js';
import { forecastShare } from './share.js';

export function customer360(db: Db, customerId: string, unmask: boolean): Customer360 {
  const archive = customerArchive(db, customerId, unmask);
  if (!archive && metersOf(db, customerId).length === 0) {
    throw new EngineError('customers.not_found', `Customer ${customerId} is not in this workspace.`, { customerId });
  }
  return {
    customerId,
    unmasked: unmask,
    archive,
    consumption: customerConsumption(db, customerId),
    bills: customerBills(db, customerId),
    tickets: customerTickets(db, customerId),
    risk: riskScore(db, customerId),
    theft: theftScore(db, customerId),
    segment: customerSegment(db, customerId),
    tags: customerTags(db, customerId),
    forecastShare: forecastShare(db, customerId),
  };
}
