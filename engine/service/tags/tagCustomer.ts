// Every tag rule applied to one customer's facts.
import type { ServiceTagParams } from '../../api/serviceTypes.js';
import { complaintAfterHighBill } from './afterHighBill.js';
import { complaintAfterOutage } from './afterOutage.js';
import { escalation } from './escalation.js';
import { complaintInArrears } from './inArrears.js';
import type { CustomerFacts } from './loadFacts.js';
import { repeatContact } from './repeatContact.js';
import type { TagFinding } from './types.js';

export function tagCustomer(facts: CustomerFacts, params: ServiceTagParams, words: readonly string[]): TagFinding[] {
  const { customerId, tickets, bills, outages } = facts;
  return [
    repeatContact(tickets, params.repeatCount, params.repeatDays),
    escalation(tickets, words),
    complaintInArrears(tickets, bills),
    complaintAfterOutage(customerId, tickets, outages, params.outageDays),
    complaintAfterHighBill(customerId, tickets, bills, params.highBillFactor, params.highBillDays),
  ].filter((f): f is TagFinding => f !== null);
}
