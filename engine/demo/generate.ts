// Writes a whole demo region into an open, empty workspace. Deterministic for a seed.
// The caller refreshes the aggregates afterwards (engine/aggregates/refresh.ts refreshAll).
import type { Db } from '../store/database.js';
import { setMeta } from '../store/database.js';
import { formatDay } from '../core/calendar.js';
import { periodOf, type DemoParams } from './params.js';
import { builtinHolidayCalendar } from '../core/holidays.js';
import { loadVocabulary } from './people.js';
import { buildRegion } from './region.js';
import { generateWeather } from './weather.js';
import { calendarEffects } from './calendarEffects.js';
import { planOutages } from './outages.js';
import { planThefts } from './theft.js';
import { TicketBook } from './tickets.js';
import { demoWriter } from './writer.js';
import { writeArchive } from './regionRows.js';
import { customerPass, type PassState } from './customerPass.js';
import { addTheftReports, writeAreaSupply, writeInspections, writeOutageEvents, writeTickets } from './areaRows.js';
import { demoTruth } from './truth.js';

export interface GenerateHooks {
  /** fraction in [0, 1] of the generation (not of the refresh that follows). */
  progress(fraction: number, message: string, counts?: { done: number; total: number }): void;
  /** Throws when the user cancelled; called between batches. */
  checkCancelled(): void;
}

/** Customers written per transaction: large enough to be fast, small enough to cancel promptly. */
const BATCH = 100;

export function generateDemo(db: Db, params: DemoParams, hooks: GenerateHooks): void {
  const period = periodOf(params);
  const words = loadVocabulary();
  const writer = demoWriter(db);
  const inTransaction = (work: () => void) => db.transaction(work)();

  hooks.progress(0, 'Building the region');
  const region = buildRegion(params, period, words);
  const weatherImport = writer.importId('weather');
  let weather!: ReturnType<typeof generateWeather>;
  inTransaction(() => {
    writeArchive(writer, region);
    weather = generateWeather(params.seed, period, words.places.weatherStations, (w) => {
      writer.statements.weather.run(w.station, w.ts, w.temperature, w.humidity, w.precipitation, weatherImport);
      writer.count('weather');
    });
  });
  hooks.checkCancelled();

  const state: PassState = {
    seed: params.seed,
    period,
    region,
    weather,
    effects: calendarEffects(period, builtinHolidayCalendar()),
    outages: planOutages(params.seed, period, region, weather),
    thefts: planThefts(params.seed, period, region.customers),
    tickets: new TicketBook(),
    writer,
    areaIndex: new Map(region.areas.map((a, i) => [a.id, i])),
    areaTrue: region.areas.map(() => new Float64Array(period.days.length)),
    areaSold: region.areas.map(() => new Float64Array(period.days.length)),
    theftOutcomes: new Map(),
  };

  const total = region.customers.length;
  for (let from = 0; from < total; from += BATCH) {
    hooks.checkCancelled();
    hooks.progress(0.02 + 0.9 * (from / total), `Customers ${from.toLocaleString('en')} of ${total.toLocaleString('en')}`, { done: from, total });
    inTransaction(() => {
      for (const c of region.customers.slice(from, from + BATCH)) customerPass(state, c);
    });
  }

  hooks.checkCancelled();
  hooks.progress(0.93, 'Area supply, outages, tickets and inspections');
  inTransaction(() => {
    writeAreaSupply(state);
    writeOutageEvents(state);
    addTheftReports(state);
    writeTickets(state);
    writeInspections(state);
    writer.finish();
    setMeta(db, 'is_demo', '1');
    setMeta(
      db,
      'demo_params',
      JSON.stringify({ seed: params.seed, customers: params.customers, days: params.days, endDate: formatDay(params.endDay) }),
    );
    setMeta(db, 'demo_truth', JSON.stringify(demoTruth(params, period, region, state.thefts, state.theftOutcomes)));
  });
}
