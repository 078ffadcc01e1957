// Time-of-use prices a unit's shifted load is valued at (resources/tariffs/prices.json,
// timeOfUse): per usage category the peak, flat and valley prices and hours, and whether the
// category is on time-of-use when a customer has no tariff on file. A tariff on file decides for
// itself: one naming 分时, 峰谷 or time-of-use is, any other (居民生活阶梯电价) is not.
import { readResourceJson } from '../core/resources.js';
import type { Db } from '../store/database.js';
import { HOURS } from './evidence/curves.js';
import type { ScoredUnit } from './types.js';

interface CategoryTou {
  default: boolean;
  peak: number;
  flat: number;
  valley: number;
  /** [from, to) clock hours. */
  peakHours: [number, number][];
  valleyHours: [number, number][];
}

interface TouTable {
  timeOfUse: { categories: Record<string, CategoryTou> };
}

export interface TouTariff {
  category: string;
  /** yuan/kWh for each hour of the day. */
  hourPrice: Float64Array;
  /** Whether each hour is a peak hour. */
  peakHour: boolean[];
  flat: number;
  /** Peak minus valley price. */
  gap: number;
}

let table: TouTable | undefined;
const tariffs = new Map<string, TouTariff>();

/** The time-of-use prices of a category ('other' for an unknown one). */
export function categoryTou(category: string | null): TouTariff {
  table ??= readResourceJson<TouTable>('tariffs', 'prices.json');
  const known = category !== null && category in table.timeOfUse.categories ? category : 'other';
  let tariff = tariffs.get(known);
  if (!tariff) {
    const c = table.timeOfUse.categories[known]!;
    const within = (ranges: [number, number][], h: number) => ranges.some(([from, to]) => h >= from && h < to);
    const peakHour = Array.from({ length: HOURS }, (_, h) => within(c.peakHours, h));
    const hourPrice = Float64Array.from({ length: HOURS }, (_, h) => (peakHour[h] ? c.peak : within(c.valleyHours, h) ? c.valley : c.flat));
    tariffs.set(known, (tariff = { category: known, hourPrice, peakHour, flat: c.flat, gap: c.peak - c.valley }));
  }
  return tariff;
}

/** Whether a category's customers without a tariff on file are on time-of-use. */
export function categoryDefaultTou(category: string | null): boolean {
  table ??= readResourceJson<TouTable>('tariffs', 'prices.json');
  return (table.timeOfUse.categories[category ?? 'other'] ?? table.timeOfUse.categories.other!).default;
}

/** A tariff text that names time-of-use pricing. */
export function namesTimeOfUse(tariff: string): boolean {
  return /分时|峰谷|time[- ]of[- ]use|\bTOU\b/i.test(tariff);
}

/**
 * Which units are on time-of-use: by the tariff on file where the archive has one, else by the
 * category's default. A meter without an archive entry counts as on it (its category, 'other',
 * says how its shifted load is valued in kWh at the flat price; it has no yuan).
 */
export function timeOfUseUnits(db: Db, units: ScoredUnit[]): boolean[] {
  const tariffOf = new Map<string, string>();
  for (const r of db.prepare('SELECT customer_id, tariff FROM customers WHERE tariff IS NOT NULL').all() as { customer_id: string; tariff: string }[]) {
    tariffOf.set(r.customer_id, r.tariff);
  }
  return units.map((u) => {
    if (u.kind === 'meter') return true;
    const tariff = tariffOf.get(u.id);
    return tariff !== undefined && tariff.trim() !== '' ? namesTimeOfUse(tariff) : categoryDefaultTou(u.category);
  });
}
