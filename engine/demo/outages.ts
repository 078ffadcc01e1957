// Unplanned outages: faults in a transformer area (more often on stormy summer days, and in
// the countryside) and feeder trips that black out every area on the feeder. They cut the
// consumption of the day, flatten curves to zero, leave power-off events on the meters and
// bring repair calls and complaints.
import { addMinutes, stampFromParts, type Stamp } from '../core/calendar.js';
import { streamFor } from './random.js';
import type { Period } from './params.js';
import type { Region } from './region.js';
import type { DemoWeather } from './weather.js';
import { POINTS } from './shapes.js';

export interface Outage {
  areas: number[];
  start: Stamp;
  end: Stamp;
  hours: number;
  dayIndex: number;
}

export interface OutagePlan {
  outages: Outage[];
  /** Hours without power per area (index in region.areas) and day. */
  hoursLost: Float32Array[];
  /** Quarter-hour windows [from, to) without power, per area and day. */
  windows(area: number, dayIndex: number): [number, number][];
}

const AREA_FAULTS_PER_YEAR = { rural: 2, urban: 1, dedicated: 0.4 };
const FEEDER_TRIPS_PER_YEAR = 0.6;

export function planOutages(seed: number, period: Period, region: Region, weather: DemoWeather): OutagePlan {
  const rng = streamFor(seed, 'outages');
  const n = period.days.length;
  const outages: Outage[] = [];
  const risk = (i: number) => {
    const month = Math.floor(period.days[i]! / 100) % 100;
    return (weather.wet[i] ? 2.2 : 0.7) * (month >= 6 && month <= 9 ? 1.5 : 1);
  };
  const add = (areas: number[], i: number) => {
    const hours = Math.min(12, Math.max(0.25, rng.logNormal(1.8, 0.7)));
    const start = stampFromParts(period.days[i]!, rng.int(0, 23), rng.pick([0, 15, 30, 45]));
    outages.push({ areas, start, end: addMinutes(start, Math.round(hours * 4) * 15), hours: Math.round(hours * 4) / 4, dayIndex: i });
  };
  region.areas.forEach((area, a) => {
    const rate = area.dedicated ? AREA_FAULTS_PER_YEAR.dedicated : area.rural ? AREA_FAULTS_PER_YEAR.rural : AREA_FAULTS_PER_YEAR.urban;
    for (let i = 0; i < n; i++) if (rng.chance((rate / 365) * risk(i))) add([a], i);
  });
  for (const feeder of region.feeders) {
    const areas = region.areas.flatMap((area, a) => (area.feederId === feeder.id ? [a] : []));
    for (let i = 0; i < n; i++) if (rng.chance((FEEDER_TRIPS_PER_YEAR / 365) * risk(i))) add(areas, i);
  }

  const hoursLost = region.areas.map(() => new Float32Array(n));
  const windowMap = new Map<number, [number, number][]>();
  for (const o of outages) {
    // An outage may run past midnight: split it over the days it covers.
    let q = Math.floor((o.start % 10_000) / 100) * 4 + (o.start % 100) / 15;
    let remaining = Math.round(o.hours * 4);
    let i = o.dayIndex;
    while (remaining > 0 && i < n) {
      const take = Math.min(remaining, POINTS - q);
      for (const a of o.areas) {
        hoursLost[a]![i]! += take / 4;
        const key = a * n + i;
        const list = windowMap.get(key) ?? [];
        list.push([q, q + take]);
        windowMap.set(key, list);
      }
      remaining -= take;
      q = 0;
      i++;
    }
  }
  return { outages, hoursLost, windows: (area, dayIndex) => windowMap.get(area * n + dayIndex) ?? [] };
}
