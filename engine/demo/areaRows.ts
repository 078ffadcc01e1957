// What happens per area once every customer is known: the energy supplied into each area
// (its customers' true use plus technical loss, so that a thief's unmetered use shows as
// extra loss), the outages' power-off events and the calls they bring, the neighbours'
// reports of theft, and the inspections with their outcomes.
import { addDays, addMinutes, stampDay } from '../core/calendar.js';
import { streamFor } from './random.js';
import type { PassState } from './customerPass.js';
import { averagePrice } from './tariffs.js';
import { TicketBook, ticketChannelText, ticketTypeText } from './tickets.js';
import { eventText } from './events.js';

const SUPPLY_DAY_LOST = 0.005;

export function writeAreaSupply(state: PassState): void {
  const rng = streamFor(state.seed, 'supply');
  const importId = state.writer.importId('area-supply');
  state.region.areas.forEach((area, a) => {
    const trueUse = state.areaTrue[a]!;
    const sold = state.areaSold[a]!;
    for (let i = 0; i < trueUse.length; i++) {
      if (trueUse[i]! <= 0 || rng.chance(SUPPLY_DAY_LOST)) continue;
      const supplied = trueUse[i]! * (1 + area.technicalLoss * rng.uniform(0.85, 1.15));
      state.writer.statements.supply.run(area.id, state.period.days[i]!, round2(supplied), round2(sold[i]!), importId);
      state.writer.count('area-supply');
    }
  });
}

export function writeOutageEvents(state: PassState): void {
  const rng = streamFor(state.seed, 'outage-calls');
  const importId = state.writer.importId('events');
  const { customers } = state.region;
  for (const outage of state.outages.outages) {
    for (const a of outage.areas) {
      for (const index of state.region.areas[a]!.customers) {
        const c = customers[index]!;
        if (c.openDay > stampDay(outage.start)) continue;
        // The meter logs the loss of supply (with its duration) and the return of it.
        const off = state.writer.statements.event.run(c.meterId, 'power_off', eventText.power_off, outage.start, outage.end, importId);
        const on = state.writer.statements.event.run(c.meterId, 'power_on', eventText.power_on, outage.end, null, importId);
        state.writer.count('events', off.changes + on.changes);
        if (rng.chance(outage.hours > 2 ? 0.06 : 0.04)) {
          const minutes = rng.int(5, Math.max(6, Math.min(60, Math.round(outage.hours * 60) - 5)));
          state.tickets.add(rng, 'outage_repair', c.id, addMinutes(outage.start, minutes), { address: c.address, hours: outage.hours, business: c.category !== 'residential' }, outage.hours - minutes / 60);
        }
        if (outage.hours >= 4 && rng.chance(0.01)) {
          const next = addDays(stampDay(outage.end), 1);
          if (next <= state.period.last) {
            state.tickets.add(rng, 'outage_complaint', c.id, TicketBook.officeHours(rng, next), { address: c.address, hours: outage.hours, day: stampDay(outage.start), business: c.category !== 'residential' });
          }
        }
        if (rng.chance(0.002)) {
          const next = addDays(stampDay(outage.end), 1);
          if (next <= state.period.last) state.tickets.add(rng, 'praise', c.id, TicketBook.officeHours(rng, next), { day: stampDay(outage.start) });
        }
      }
    }
  }
}

/** A quarter of the thefts are reported by a neighbour (half of them anonymously) a few weeks in. */
export function addTheftReports(state: PassState): void {
  const rng = streamFor(state.seed, 'theft-reports');
  const days = state.period.days;
  for (const theft of state.thefts.values()) {
    if (!rng.chance(0.25)) continue;
    const index = theft.startIndex + rng.int(10, 60);
    if (index >= days.length) continue;
    const thief = state.region.customers[theft.customer]!;
    const neighbours = state.region.areas[state.areaIndex.get(thief.areaId)!]!.customers.filter((i) => i !== thief.index);
    const reporter = neighbours.length > 0 && rng.chance(0.5) ? state.region.customers[rng.pick(neighbours)]!.id : null;
    state.tickets.add(rng, 'theft_report', reporter, TicketBook.officeHours(rng, days[index]!), { address: thief.address });
  }
}

export function writeTickets(state: PassState): void {
  const importId = state.writer.importId('tickets');
  for (const t of state.tickets.numbered()) {
    state.writer.statements.ticket.run(
      t.id, t.customerId, t.ts, t.channel, ticketChannelText[t.channel], t.type, ticketTypeText[t.type], t.text, t.satisfaction, t.handlingHours, importId,
    );
  }
  state.writer.count('tickets', state.tickets.count);
}

const outcomeText = { theft: '窃电', violation: '违约用电', cleared: '正常' } as const;

/**
 * Inspections (用电检查): caught thefts with back-billed energy and charge (追补电量/电费)
 * and the penalty of three times the charge (违约使用电费); contract violations; and
 * suspects cleared on site, who never stole.
 */
export function writeInspections(state: PassState): void {
  const rng = streamFor(state.seed, 'inspections');
  const importId = state.writer.importId('inspections');
  const { customers } = state.region;
  const days = state.period.days;
  const write = (customerId: string, day: number, outcome: keyof typeof outcomeText, backKwh: number | null, backYuan: number | null, penalty: number | null) => {
    const written = state.writer.statements.inspection.run(customerId, day, outcome, outcomeText[outcome], backKwh, backYuan, penalty, importId);
    state.writer.count('inspections', written.changes);
  };
  for (const theft of state.thefts.values()) {
    if (!theft.inspected) continue;
    const c = customers[theft.customer]!;
    const result = state.theftOutcomes.get(theft.customer)!;
    // Flattening and reversing keep the day's energy: what is recovered is the time-of-use price gap.
    const energyTheft = result.stolenKwh > 1;
    const backKwh = energyTheft ? Math.round(result.stolenKwh * rng.uniform(0.85, 1)) : 0;
    const backYuan = round2(energyTheft ? backKwh * averagePrice(c.category) : result.usedKwh * rng.uniform(0.08, 0.15));
    write(c.id, days[theft.endIndex]!, 'theft', backKwh, backYuan, round2(backYuan * 3));
  }
  const honest = customers.filter((c) => !state.thefts.has(c.index));
  const inspectable = (c: (typeof honest)[number]) => days.filter((d) => d >= c.openDay);
  for (const i of rng.sample(honest.length, Math.round(customers.length * 0.003))) {
    const c = honest[i]!;
    const open = inspectable(c);
    if (open.length === 0) continue;
    const backYuan = round2(c.category === 'residential' ? rng.uniform(50, 500) : rng.uniform(200, 8000));
    write(c.id, rng.pick(open), 'violation', null, backYuan, round2(backYuan * 2));
  }
  for (const i of rng.sample(honest.length, Math.round(customers.length * 0.01))) {
    const c = honest[i]!;
    const open = inspectable(c);
    if (open.length > 0) write(c.id, rng.pick(open), 'cleared', null, null, null);
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;
