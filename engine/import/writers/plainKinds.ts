// Table layouts of the kinds written row for row (see migrations/m001_initial.ts).
import { firstDayOf, lastDayOf, stampDay } from '../../core/calendar.js';
import type { AreaSupplyRecord } from '../kinds/areaSupply.js';
import type { BillRecord } from '../kinds/bills.js';
import type { EventRecord } from '../kinds/events.js';
import type { InspectionRecord } from '../kinds/inspections.js';
import type { TicketRecord } from '../kinds/tickets.js';
import type { WeatherRecord } from '../kinds/weather.js';
import type { PlainSpec } from './plain.js';

export const areaSupplySpec: PlainSpec<AreaSupplyRecord> = {
  table: 'area_supply',
  keys: [
    { column: 'area_id', fields: [], value: (r) => r.area },
    { column: 'day', fields: [], value: (r) => r.day },
  ],
  columns: [
    { column: 'supplied_kwh', fields: [], value: (r) => r.suppliedKwh },
    { column: 'sold_kwh', fields: ['sold'], value: (r) => r.soldKwh },
  ],
  days: (r) => [r.day, r.day],
  refers: { to: 'areas', key: (r) => r.area },
};

export const billSpec: PlainSpec<BillRecord> = {
  table: 'bills',
  keys: [
    { column: 'customer_id', fields: [], value: (r) => r.customer },
    { column: 'month', fields: [], value: (r) => r.month },
  ],
  columns: [
    { column: 'kwh', fields: ['kwh'], value: (r) => r.kwh },
    { column: 'billed_yuan', fields: [], value: (r) => r.billedYuan },
    { column: 'due_day', fields: ['dueDate'], value: (r) => r.dueDay },
    { column: 'paid_yuan', fields: ['paid'], value: (r) => r.paidYuan },
    { column: 'paid_day', fields: ['paidDate'], value: (r) => r.paidDay },
    { column: 'channel', fields: ['channel'], value: (r) => r.channel },
    { column: 'channel_raw', fields: ['channel'], value: (r) => r.channelRaw },
    // Derived from the bill and its payment when the file has no arrears column.
    { column: 'arrears_yuan', fields: ['arrears', 'paid'], value: (r) => r.arrearsYuan },
    { column: 'late_fee_yuan', fields: ['lateFee'], value: (r) => r.lateFeeYuan },
  ],
  days: (r) => [firstDayOf(r.month), lastDayOf(r.month)],
  refers: { to: 'customers', key: (r) => r.customer },
};

export const eventSpec: PlainSpec<EventRecord> = {
  table: 'meter_events',
  keys: [
    { column: 'meter_id', fields: [], value: (r) => r.meter },
    { column: 'type_raw', fields: [], value: (r) => r.typeRaw },
    { column: 'start_ts', fields: [], value: (r) => r.start },
  ],
  columns: [
    { column: 'type', fields: [], value: (r) => r.type },
    { column: 'end_ts', fields: ['end'], value: (r) => r.end },
  ],
  days: (r) => [stampDay(r.start), stampDay(r.end ?? r.start)],
  refers: { to: 'meters', key: (r) => r.meter },
};

export const weatherSpec: PlainSpec<WeatherRecord> = {
  table: 'weather',
  keys: [
    { column: 'station', fields: [], value: (r) => r.station },
    { column: 'ts', fields: [], value: (r) => r.ts },
  ],
  columns: [
    { column: 'temperature', fields: ['temperature'], value: (r) => r.temperature },
    { column: 'humidity', fields: ['humidity'], value: (r) => r.humidity },
    { column: 'precipitation', fields: ['precipitation'], value: (r) => r.precipitation },
  ],
  days: (r) => [stampDay(r.ts), stampDay(r.ts)],
};

export const ticketSpec: PlainSpec<TicketRecord> = {
  table: 'tickets',
  keys: [{ column: 'ticket_id', fields: [], value: (r) => r.ticket }],
  columns: [
    { column: 'customer_id', fields: ['customer'], value: (r) => r.customer },
    { column: 'ts', fields: [], value: (r) => r.ts },
    { column: 'channel', fields: ['channel'], value: (r) => r.channel },
    { column: 'channel_raw', fields: ['channel'], value: (r) => r.channelRaw },
    { column: 'type', fields: ['type'], value: (r) => r.type },
    { column: 'type_raw', fields: ['type'], value: (r) => r.typeRaw },
    { column: 'text', fields: ['text'], value: (r) => r.text },
    { column: 'satisfaction', fields: ['satisfaction'], value: (r) => r.satisfaction },
    { column: 'handling_hours', fields: ['handlingHours'], value: (r) => r.handlingHours },
  ],
  days: (r) => [stampDay(r.ts), stampDay(r.ts)],
  refers: { to: 'customers', key: (r) => r.customer },
};

export const inspectionSpec: PlainSpec<InspectionRecord> = {
  table: 'inspections',
  keys: [
    { column: 'customer_id', fields: [], value: (r) => r.customer },
    { column: 'day', fields: [], value: (r) => r.day },
  ],
  columns: [
    { column: 'outcome', fields: [], value: (r) => r.outcome },
    { column: 'outcome_raw', fields: [], value: (r) => r.outcomeRaw },
    { column: 'back_kwh', fields: ['backKwh'], value: (r) => r.backKwh },
    { column: 'back_yuan', fields: ['backYuan'], value: (r) => r.backYuan },
    { column: 'penalty_yuan', fields: ['penaltyYuan'], value: (r) => r.penaltyYuan },
  ],
  days: (r) => [r.day, r.day],
  refers: { to: 'customers', key: (r) => r.customer },
};
