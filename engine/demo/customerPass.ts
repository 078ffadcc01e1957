// One customer, start to finish: true daily use, the curve where one is needed (stored
// meters and thieves), what the meter reports, its readings and daily consumption, its bills
// and payments, its own tickets and meter events. Each customer draws from its own random
// streams, so customers do not depend on each other or on the order they are generated in.
import { addDays, monthOf, type Day, type Month } from '../core/calendar.js';
import { streamFor } from './random.js';
import type { Period } from './params.js';
import type { DayPattern, DemoCustomer, Region } from './region.js';
import type { DemoWeather } from './weather.js';
import type { CalendarEffect } from './calendarEffects.js';
import type { OutagePlan } from './outages.js';
import { applyAttack, isStealing, type TheftCase } from './theft.js';
import { POINTS, periodShares, shapes, touPeriods } from './shapes.js';
import { curveEnergy, trueCurve } from './curves.js';
import { dailyUse } from './consumption.js';
import { curveRow, readingRows } from './meterRows.js';
import { billsFor, channelText, type BillRow } from './billing.js';
import type { MonthEnergy } from './tariffs.js';
import { TicketBook, type TicketCause, type TicketFacts } from './tickets.js';
import { backgroundEvents, eventText, theftEvents } from './events.js';
import type { Writer } from './writer.js';

export interface TheftOutcome {
  /** Energy used but not metered while stealing (kWh). */
  stolenKwh: number;
  /** Energy used while stealing (kWh). */
  usedKwh: number;
}

export interface PassState {
  seed: number;
  period: Period;
  region: Region;
  weather: DemoWeather;
  effects: Record<DayPattern, CalendarEffect>;
  outages: OutagePlan;
  thefts: Map<number, TheftCase>;
  tickets: TicketBook;
  writer: Writer;
  areaIndex: Map<string, number>;
  /** True and metered consumption per area and day (area supply and its sold side). */
  areaTrue: Float64Array[];
  areaSold: Float64Array[];
  theftOutcomes: Map<number, TheftOutcome>;
}

const periodsByMonth = Array.from({ length: 12 }, (_, m) => touPeriods(m + 1));
const shareCache = new Map<string, { base: Float64Array; cooling: Float64Array; heating: Float64Array }>();

/** Time-of-use shares of a pattern's shape parts in a month: the day's shares are their energy-weighted mix. */
function shapeShares(pattern: DayPattern, rest: boolean, month: number) {
  const key = `${pattern}|${rest ? 1 : 0}|${month}`;
  let shares = shareCache.get(key);
  if (!shares) {
    const set = shapes[pattern];
    const periods = periodsByMonth[month - 1]!;
    shares = {
      base: periodShares(rest ? set.rest : set.working, periods),
      cooling: periodShares(set.cooling, periods),
      heating: periodShares(set.heating, periods),
    };
    shareCache.set(key, shares);
  }
  return shares;
}

export function customerPass(state: PassState, c: DemoCustomer): void {
  const { period, seed, writer } = state;
  const n = period.days.length;
  const area = state.areaIndex.get(c.areaId)!;
  const effect = state.effects[c.pattern];
  const use = dailyUse(streamFor(seed, 'use', c.index), c, period, state.weather.dailyMean, effect, state.outages.hoursLost[area]!);
  const theft = state.thefts.get(c.index);
  const registers = c.timeOfUse ? 5 : 1;
  const energy = new Float64Array(n * registers);
  const curveRng = streamFor(seed, 'curve', c.index);
  const meterRng = streamFor(seed, 'meter', c.index);
  const truth = new Float32Array(POINTS);
  const reported = new Float32Array(POINTS);
  const outcome: TheftOutcome = { stolenKwh: 0, usedKwh: 0 };
  const intervalImport = c.hasCurve ? writer.importId('interval') : 0;

  for (let i = 0; i < n; i++) {
    let kwh = use.kwh[i]!;
    if (Number.isNaN(kwh)) {
      energy.fill(Number.NaN, i * registers, (i + 1) * registers);
      continue;
    }
    const day = period.days[i]!;
    const month = Math.floor(day / 100) % 100;
    const rest = effect.rest[i] === 1;
    let metered = kwh;
    let shares: Float64Array | null = null;
    if (c.hasCurve || theft) {
      kwh = trueCurve(curveRng, c, kwh, rest, use.cooling[i]!, use.heating[i]!, state.outages.windows(area, i), truth);
      if (isStealing(theft, i)) applyAttack(curveRng, theft, truth, reported);
      else reported.set(truth);
      metered = curveEnergy(reported);
      if (isStealing(theft, i)) {
        outcome.stolenKwh += kwh - metered;
        outcome.usedKwh += kwh;
      }
      if (c.timeOfUse) shares = periodShares(reported, periodsByMonth[month - 1]!);
      if (c.hasCurve) {
        const row = curveRow(meterRng, reported);
        if (row) {
          writer.statements.interval.run(c.meterId, day, row.points, row.kwh, row.peakKw, row.missing, row.kw, row.quality, intervalImport);
          writer.count('interval');
        }
      }
    } else if (c.timeOfUse) {
      const parts = shapeShares(c.pattern, rest, month);
      const cool = use.cooling[i]!;
      const heat = use.heating[i]!;
      shares = new Float64Array(4);
      for (let k = 0; k < 4; k++) shares[k] = (parts.base[k]! + cool * parts.cooling[k]! + heat * parts.heating[k]!) / (1 + cool + heat);
    }
    state.areaTrue[area]![i]! += kwh;
    energy[i * registers] = metered;
    if (shares) for (let k = 0; k < 4; k++) energy[i * registers + 1 + k] = metered * shares[k]!;
  }
  if (theft) state.theftOutcomes.set(c.index, outcome);

  const meteredByDay = new Float64Array(n * registers);
  const monthRows = readingRows(meterRng, period.days, energy, registers, c.multiplier, meteredByDay);
  const dailyImport = writer.importId('daily');
  for (const { month, columns: m } of monthRows) {
    writer.statements.daily.run(c.meterId, month, m.kwh, m.source, m.registers, m.readings, m.multiplier, m.days, m.total, dailyImport);
    writer.count('daily', m.days);
  }
  const monthEnergy = new Map<Month, MonthEnergy>();
  for (let i = 0; i < n; i++) {
    const total = meteredByDay[i * registers]!;
    if (Number.isNaN(total)) continue;
    state.areaSold[area]![i]! += total;
    const month = monthOf(period.days[i]!);
    let e = monthEnergy.get(month);
    if (!e) monthEnergy.set(month, (e = { kwh: 0, tou: [0, 0, 0, 0] }));
    e.kwh += total;
    if (registers === 5) for (let k = 0; k < 4; k++) e.tou[k] += meteredByDay[i * registers + 1 + k]!;
  }

  const bills = billsFor(streamFor(seed, 'bills', c.index), c, monthEnergy, period.last);
  const billImport = writer.importId('bills');
  for (const b of bills) {
    writer.statements.bill.run(
      c.id, b.month, b.kwh, b.billedYuan, b.dueDay, b.paidYuan, b.paidDay, b.channel, b.channel ? channelText[b.channel] : null,
      b.arrearsYuan, b.lateFeeYuan, billImport,
    );
    writer.count('bills');
  }
  customerTickets(state, c, bills);
  customerEvents(state, c, theft);
}

const backgroundCauses: [TicketCause, number][] = [
  ['bill_inquiry', 45],
  ['service_inquiry', 20],
  ['suggestion', 15],
  ['praise', 20],
];

/** Everyday contacts, and complaints after a bill well above the customer's recent months. */
function customerTickets(state: PassState, c: DemoCustomer, bills: BillRow[]): void {
  const rng = streamFor(state.seed, 'tickets', c.index);
  const open = state.period.days.filter((day) => day >= c.openDay);
  const perYear = c.category === 'residential' ? 0.15 : 0.4;
  for (let k = rng.poisson((perYear * open.length) / 365); k > 0; k--) {
    const cause = rng.weighted(backgroundCauses, (x) => x[1])[0];
    state.tickets.add(rng, cause, c.id, TicketBook.officeHours(rng, rng.pick(open)), { address: c.address, business: c.category !== 'residential' });
  }
  for (let b = 3; b < bills.length; b++) {
    const bill = bills[b]!;
    const recent = (bills[b - 1]!.kwh + bills[b - 2]!.kwh + bills[b - 3]!.kwh) / 3;
    if (bill.kwh < 50 || bill.kwh < 1.5 * recent || !rng.chance(0.12)) continue;
    const day = Math.min(addDays(bill.issueDay, rng.int(1, 10)), state.period.last);
    const facts = { address: c.address, business: c.category !== 'residential', month: bill.month, amount: bill.billedYuan, kwh: bill.kwh };
    state.tickets.add(rng, 'high_bill_complaint', c.id, TicketBook.officeHours(rng, day), facts);
    followUps(state, c, day, facts);
  }
}

/**
 * Calls chasing an unanswered high-bill complaint within days (催办): what makes a customer a
 * repeat contact. From a stream of their own, so the other tickets stay as they were.
 */
function followUps(state: PassState, c: DemoCustomer, complaintDay: Day, facts: TicketFacts): void {
  const rng = streamFor(state.seed, 'ticket-follow-ups', c.index, complaintDay);
  let day = complaintDay;
  for (let call = 0; call < 2 && rng.chance(call === 0 ? 0.35 : 0.5); call++) {
    day = addDays(day, rng.int(2, 9));
    if (day > state.period.last) return;
    state.tickets.add(rng, 'bill_follow_up', c.id, TicketBook.officeHours(rng, day), facts);
  }
}

function customerEvents(state: PassState, c: DemoCustomer, theft: TheftCase | undefined): void {
  const rng = streamFor(state.seed, 'events', c.index);
  const days: Day[] = state.period.days;
  const events = backgroundEvents(rng, c, days);
  if (theft && rng.chance(0.7)) events.push(...theftEvents(rng, theft.attack, days[theft.startIndex]!, days, theft.startIndex));
  const importId = state.writer.importId('events');
  for (const e of events) {
    const written = state.writer.statements.event.run(c.meterId, e.type, eventText[e.type], e.start, e.end, importId);
    state.writer.count('events', written.changes);
  }
}
