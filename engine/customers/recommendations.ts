// Recommendations per customer with curves: time-of-use savings under the prices asked for (or
// each category's from prices.json) with the shift scenario (switching and shifting for a customer
// on a flat tariff, shifting alone for one on time-of-use already), demand-response potential, and the
// customer's place among similar customers. customers.recommendations pages them; a target list
// draws on them for its minimum saving.
import type { CustomerRecommendation, RecommendationSort, RecommendationsPage, TouPrices } from '../api/customersTypes.js';
import type { Db } from '../store/database.js';
import { candidates, type Candidate } from './candidates.js';
import { demandResponse } from './demandResponse.js';
import { peerPlaces } from './peers.js';
import { defaultPrices } from './prices.js';
import { touSavings } from './savings.js';

export interface Scenario {
  /** The same prices for every category; absent: each category's own. */
  prices?: TouPrices | undefined;
  shiftShare: number;
}

export interface RecommendationFilter {
  category?: string | undefined;
  areaId?: string | undefined;
  segment?: string | undefined;
  tag?: string | undefined;
  minSavingYuan?: number | undefined;
}

export function pricesFor(scenario: Scenario, category: string): TouPrices {
  return scenario.prices ?? defaultPrices(category);
}

/** Every candidate's recommendation (null for one without a load shape), in candidate order. */
export function recommend(all: Candidate[], scenario: Scenario): (CustomerRecommendation | null)[] {
  const places = peerPlaces(all.flatMap((c) => (c.dailyKwh === null ? [] : [{ ...c, dailyKwh: c.dailyKwh }])));
  return all.map((c) => {
    if (!c.shape) return null;
    const prices = pricesFor(scenario, c.category);
    const savings = touSavings(c.shape.hourKw, prices, scenario.shiftShare);
    const dr = demandResponse(c.shape.hourKw, prices);
    const place = places.get(c.customerId);
    return {
      customerId: c.customerId,
      name: c.name,
      category: c.category,
      areaId: c.areaId,
      segment: c.segment,
      tags: c.tags,
      riskGrade: c.riskGrade,
      dailyKwh: savings.dailyKwh,
      flatYuan: savings.flatYuan,
      touYuan: savings.touYuan,
      shiftedYuan: savings.shiftedYuan,
      onTimeOfUse: c.onTimeOfUse,
      savingYuan: c.onTimeOfUse ? savings.touYuan - savings.shiftedYuan : savings.savingYuan,
      drKw: dr.drKw,
      drKwhPerDay: dr.drKwhPerDay,
      peerPercentile: place?.percentile ?? null,
      peerGroup: place?.group ?? null,
      peers: place?.peers ?? 0,
    };
  });
}

export function matches(r: CustomerRecommendation, f: RecommendationFilter): boolean {
  return (
    (f.category === undefined || r.category === f.category) &&
    (f.areaId === undefined || r.areaId === f.areaId) &&
    (f.segment === undefined || r.segment === f.segment) &&
    (f.tag === undefined || r.tags.includes(f.tag)) &&
    (f.minSavingYuan === undefined || r.savingYuan >= f.minSavingYuan)
  );
}

const sortValue: Record<RecommendationSort, (r: CustomerRecommendation) => number> = {
  saving: (r) => r.savingYuan,
  drKw: (r) => r.drKw,
  peerPercentile: (r) => r.peerPercentile ?? -1,
  dailyKwh: (r) => r.dailyKwh,
};

export interface RecommendationQuery extends RecommendationFilter, Scenario {
  sort: RecommendationSort;
  offset: number;
  limit: number;
}

export function recommendationsPage(db: Db, q: RecommendationQuery): RecommendationsPage {
  const all = candidates(db);
  const rows = recommend(all, q).filter((r): r is CustomerRecommendation => r !== null && matches(r, q));
  const value = sortValue[q.sort];
  // Largest first; the customer number settles ties so pages do not shuffle.
  rows.sort((a, b) => value(b) - value(a) || (a.customerId < b.customerId ? -1 : 1));
  const categories = [...new Set(all.map((c) => c.category))].sort();
  return {
    total: rows.length,
    rows: rows.slice(q.offset, q.offset + q.limit),
    prices: Object.fromEntries(categories.map((c) => [c, pricesFor(q, c)])),
    shiftShare: q.shiftShare,
  };
}
