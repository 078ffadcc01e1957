// Time-of-use prices a recommendation is worked out with: the analyst's (the same for every
// category) or, by default, each usage category's in resources/tariffs/prices.json (timeOfUse,
// the figures the theft engine values shifted load at: engine/theft/touTariff.ts).
import type { TouPrices } from '../api/customersTypes.js';
import { readResourceJson } from '../core/resources.js';

interface TouTable {
  timeOfUse: { categories: Record<string, TouPrices & { default: boolean }> };
}

let table: TouTable | undefined;

/** A category's prices from prices.json ('other' for one it does not list). */
export function defaultPrices(category: string): TouPrices {
  table ??= readResourceJson<TouTable>('tariffs', 'prices.json');
  const c = table.timeOfUse.categories[category] ?? table.timeOfUse.categories.other!;
  return { peak: c.peak, flat: c.flat, valley: c.valley, peakHours: c.peakHours, valleyHours: c.valleyHours };
}

export type HourKind = 'peak' | 'flat' | 'valley';

/** Each clock hour's period: peak hours first where the lists overlap, flat where neither lists it. */
export function hourKinds(prices: TouPrices): HourKind[] {
  const within = (ranges: [number, number][], h: number) => ranges.some(([from, to]) => h >= from && h < to);
  return Array.from({ length: 24 }, (_, h) => (within(prices.peakHours, h) ? 'peak' : within(prices.valleyHours, h) ? 'valley' : 'flat'));
}
