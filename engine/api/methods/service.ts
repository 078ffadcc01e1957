import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { isoDay } from '../isoDates.js';
import {
  serviceTagKinds,
  ticketChannels,
  ticketTypes,
  volumeGrains,
  type CustomerServiceProfile,
  type EscalationWords,
  type ServiceChannels,
  type ServiceHeatmap,
  type ServiceLinks,
  type ServiceTagsPage,
  type ServiceTrends,
  type ServiceVolume,
  type TicketsPage,
} from '../serviceTypes.js';

const customerId = z.string().trim().min(1).max(64);
/** The tickets counted: days inclusive, types, channels, and the customer's area and category. */
const ticketFilters = {
  from: isoDay.optional(),
  to: isoDay.optional(),
  types: z.array(z.enum(ticketTypes)).max(ticketTypes.length).optional(),
  channels: z.array(z.enum(ticketChannels)).max(ticketChannels.length).optional(),
  areaId: z.string().max(100).optional(),
  category: z.string().max(40).optional(),
};
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) };

export const serviceMethods = {
  /** Ticket counts by type, channel, area, category and period. */
  'service.volume': method<ServiceVolume>()('query', z.object({ ...ticketFilters, grain: z.enum(volumeGrains).default('month') }).strict()),
  /** Tickets by weekday and hour of contact. */
  'service.heatmap': method<ServiceHeatmap>()('query', z.object(ticketFilters).strict()),
  /** Channels used and preferred per customer category, or per load-shape segment of a segment run (default: the latest). */
  'service.channels': method<ServiceChannels>()(
    'query',
    z.object({ ...ticketFilters, by: z.enum(['category', 'segment']).default('category'), runId: z.number().int().min(1).optional() }).strict(),
  ),
  /** Monthly handling time (mean, p90) and satisfaction (mean, share rated 2 or less), per type or channel and overall. */
  'service.trends': method<ServiceTrends>()('query', z.object({ ...ticketFilters, by: z.enum(['type', 'channel']).default('type') }).strict()),
  /**
   * Tag sensitive customers into customer_tags (replacing the last tags): repeat contacts
   * (≥ repeatCount tickets within repeatDays), escalation words, complaints while in arrears past
   * due, complaints within outageDays after an outage on the meter or in the area, complaints within
   * highBillDays after a bill above highBillFactor × the median of the 12 before.
   */
  'service.tag': method<JobHandle>()(
    'job',
    z
      .object({
        repeatCount: z.number().int().min(2).max(100).default(3),
        repeatDays: z.number().int().min(1).max(366).default(30),
        outageDays: z.number().int().min(0).max(90).default(7),
        highBillFactor: z.number().finite().gt(1).max(20).default(1.5),
        highBillDays: z.number().int().min(1).max(366).default(45),
      })
      .strict(),
  ),
  /** Tagged customers (filters: tag, area, category, customer number prefix) and the customers per tag. */
  'service.tags': method<ServiceTagsPage>()(
    'query',
    z
      .object({
        tag: z.enum(serviceTagKinds).optional(),
        areaId: z.string().max(100).optional(),
        category: z.string().max(40).optional(),
        search: z.string().trim().max(100).optional(),
        ...page,
      })
      .strict(),
  ),
  /** One customer's tags with their evidence, and the channels the customer uses. */
  'service.customerTags': method<CustomerServiceProfile>()('query', z.object({ customerId }).strict()),
  /** Complaints following outages and following high bills (as the last tag job found them), latest first. */
  'service.links': method<ServiceLinks>()('query', z.object({ areaId: z.string().max(100).optional(), ...page }).strict()),
  /** A page of tickets, latest first; `search` finds text in the ticket or its number. */
  'service.tickets': method<TicketsPage>()(
    'query',
    z.object({ ...ticketFilters, customerId: customerId.optional(), search: z.string().trim().max(200).optional(), ...page }).strict(),
  ),
  /** The escalation words the tag job looks for. */
  'service.escalationWords': method<EscalationWords>()('query', z.object({}).strict()),
  /** Save the workspace's own escalation words, or go back to the built-in list with reset. */
  'service.saveEscalationWords': method<JobHandle>()(
    'job',
    z.union([
      z.object({ words: z.array(z.string().trim().min(1).max(40)).min(1).max(500) }).strict(),
      z.object({ reset: z.literal(true) }).strict(),
    ]),
  ),
};
