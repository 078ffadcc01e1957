// The demo region's network and customers: supply units, 10 kV feeders, transformer areas
// (台区: about one per hundred customers; large industrial customers on their own dedicated
// transformer, 专变) and customers with what drives their consumption and payments.
import { addDays, type Day } from '../core/calendar.js';
import { readResourceJson } from '../core/resources.js';
import type { Category } from '../api/overviewTypes.js';
import { streamFor, type Random } from './random.js';
import { businessAddress, homeAddress, idNumber, personName, phoneNumber, type Vocabulary } from './people.js';
import type { DemoParams, Period } from './params.js';

export type DemoCategory = Exclude<Category, 'other'>;
/** How the week and the holidays shape a customer's use. */
export type DayPattern = 'home' | 'leisure' | 'office' | 'works' | 'process' | 'farm';
export type PayerClass = 'prepaid' | 'punctual' | 'late' | 'defaulter';
export type Channel = 'counter' | 'bank' | 'app' | 'wechat' | 'alipay';

export interface DemoCustomer {
  index: number;
  id: string;
  meterId: string;
  name: string;
  address: string;
  phone: string;
  idNumber: string | null;
  category: DemoCategory;
  industry: string;
  voltage: string;
  contractKva: number;
  supplyUnit: string;
  areaId: string;
  feederId: string;
  multiplier: number;
  openDay: Day;
  prepaid: boolean;
  tariff: string;
  /** Median daily kWh at mild temperatures on a working day. */
  level: number;
  /** Share of extra use per °C above 24 °C (cooling) and below 10 °C (heating). */
  cooling: number;
  heating: number;
  /** Yearly growth of the level. */
  growth: number;
  /** Spread of the day-to-day noise (log scale). */
  noise: number;
  pattern: DayPattern;
  payer: PayerClass;
  channel: Channel;
  /** Time-of-use registers (尖峰平谷) on the meter: commercial and industrial customers. */
  timeOfUse: boolean;
  /** A 15-minute curve is stored for this meter. */
  hasCurve: boolean;
}

export interface DemoArea {
  id: string;
  name: string;
  feederId: string;
  supplyUnit: string;
  district: string;
  capacityKva: number;
  dedicated: boolean;
  rural: boolean;
  /** Technical loss of the area's low-voltage network (share of what it delivers). */
  technicalLoss: number;
  customers: number[];
}

export interface DemoFeeder {
  id: string;
  name: string;
  supplyUnit: string;
}

export interface Region {
  supplyUnits: { id: string; name: string }[];
  feeders: DemoFeeder[];
  areas: DemoArea[];
  customers: DemoCustomer[];
}

interface Industry {
  code: string;
  name: string;
  weight: number;
}

interface IndustriesFile {
  residential: Industry[];
  commercial: Industry[];
  large_industry: Industry[];
  agricultural: Industry[];
  businessNameParts: { prefixes: string[]; suffixes: Record<string, string[]> };
}

/** Raw category text as a marketing system exports it (用电类别). */
export const categoryText: Record<DemoCategory, string> = {
  residential: '居民生活',
  commercial: '一般工商业',
  large_industry: '大工业',
  agricultural: '农业生产',
};

export const tariffText: Record<DemoCategory, string> = {
  residential: '居民生活阶梯电价',
  commercial: '一般工商业分时电价',
  large_industry: '大工业两部制分时电价',
  agricultural: '农业生产电价',
};

/** Curves are the bulk of a workspace: at most this many meters carry one. */
export const CURVE_METER_LIMIT = 1000;

const STANDARD_KVA = [10, 20, 30, 50, 80, 100, 125, 160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3150, 4000, 5000, 6300, 8000, 10000, 12500, 16000, 20000];

function standardKva(kva: number, atLeast = 0): number {
  return STANDARD_KVA.find((s) => s >= Math.max(kva, atLeast)) ?? STANDARD_KVA[STANDARD_KVA.length - 1]!;
}

const patternOf: Record<string, DayPattern> = {
  F52: 'leisure', H62: 'leisure', H61: 'leisure', O80: 'leisure',
  K70: 'office', P83: 'office', Q84: 'office', J66: 'office', I65: 'office',
  C13: 'works', C33: 'works', G54: 'works', C17: 'works', C36: 'works', C39: 'works', C29: 'works',
  C26: 'process', C30: 'process', C31: 'process', C32: 'process', C22: 'process',
};

/** Category counts: residential ~85 %, commercial ~12 %, large industry and agriculture ~1.5 % each. */
function categoryCounts(total: number): Record<DemoCategory, number> {
  const large = Math.max(1, Math.round(total * 0.015));
  const agricultural = Math.max(1, Math.round(total * 0.015));
  const commercial = Math.max(1, Math.round(total * 0.12));
  return { residential: total - large - agricultural - commercial, commercial, large_industry: large, agricultural };
}

export function buildRegion(params: DemoParams, period: Period, words: Vocabulary): Region {
  const rng = streamFor(params.seed, 'region');
  const industries = readResourceJson<IndustriesFile>('demo', 'industries.json');
  const { places } = words;

  const supplyUnits = places.supplyUnits.map((u) => ({ id: u.id, name: u.name }));
  const publicAreas = Math.max(50, Math.round(params.customers / 100));
  const feederCount = Math.max(6, Math.round(publicAreas / 8));
  const feeders: DemoFeeder[] = Array.from({ length: feederCount }, (_, i) => {
    const unit = places.supplyUnits[i % places.supplyUnits.length]!;
    const base = places.feederNames[i % places.feederNames.length]!;
    const round = Math.floor(i / places.feederNames.length);
    return { id: `XL${String(i + 1).padStart(4, '0')}`, name: `10kV${base}${round > 0 ? round + 1 : ''}线`, supplyUnit: unit.id };
  });

  const areas: DemoArea[] = [];
  const areaWeights: number[] = [];
  for (let i = 0; i < publicAreas; i++) {
    const feeder = feeders[i % feederCount]!;
    const unit = places.supplyUnits.find((u) => u.id === feeder.supplyUnit)!;
    const rural = unit.id === 'SU03' ? rng.chance(0.8) : rng.chance(0.1);
    const place = rural ? rng.pick(places.villages) : rng.pick(places.compounds);
    areas.push({
      id: `TQ${String(i + 1).padStart(5, '0')}`,
      name: `${place}${i + 1}号${rural ? '台区' : '配变'}`,
      feederId: feeder.id,
      supplyUnit: unit.id,
      district: rng.pick(unit.districts),
      capacityKva: 0,
      dedicated: false,
      rural,
      technicalLoss: rural ? rng.uniform(0.04, 0.06) : rng.uniform(0.02, 0.04),
      customers: [],
    });
    areaWeights.push(rng.logNormal(1, 0.35));
  }

  const counts = categoryCounts(params.customers);
  const categories: DemoCategory[] = [];
  for (const [category, count] of Object.entries(counts) as [DemoCategory, number][]) {
    for (let i = 0; i < count; i++) categories.push(category);
  }
  // Shuffle so that customer numbers do not give the category away.
  for (let i = categories.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [categories[i], categories[j]] = [categories[j]!, categories[i]!];
  }

  const areaIndexes = areas.map((_, i) => i);
  const ruralAreas = areaIndexes.filter((i) => areas[i]!.rural);
  const urbanAreas = areaIndexes.filter((i) => !areas[i]!.rural);
  const pickArea = (pool: number[]) => rng.weighted(pool.length > 0 ? pool : areaIndexes, (i) => areaWeights[i]!);

  const customers = categories.map((category, index) =>
    makeCustomer(streamFor(params.seed, 'customer', index), index, category, industries, words, period),
  );
  for (const c of customers) {
    let area: DemoArea;
    if (c.category === 'large_industry') {
      const feeder = rng.pick(feeders);
      const unit = places.supplyUnits.find((u) => u.id === feeder.supplyUnit)!;
      area = {
        id: `TQ${String(areas.length + 1).padStart(5, '0')}`,
        name: `${c.name}专变`,
        feederId: feeder.id,
        supplyUnit: unit.id,
        district: rng.pick(unit.districts),
        capacityKva: c.contractKva,
        dedicated: true,
        rural: false,
        technicalLoss: rng.uniform(0.01, 0.02),
        customers: [],
      };
      areas.push(area);
    } else {
      const rural = c.category === 'agricultural' || (c.category === 'residential' && rng.chance(ruralAreas.length / areas.length));
      area = areas[pickArea(rural ? ruralAreas : urbanAreas)]!;
    }
    area.customers.push(c.index);
    c.areaId = area.id;
    c.feederId = area.feederId;
    c.supplyUnit = places.supplyUnits.find((u) => u.id === area.supplyUnit)!.name;
    const home = c.category === 'residential';
    const addressRng = streamFor(params.seed, 'address', c.index);
    c.address = home
      ? homeAddress(addressRng, places, area.district, area.rural)
      : businessAddress(addressRng, places, area.district, c.category === 'large_industry' || c.pattern === 'works');
  }
  for (const area of areas) {
    if (area.dedicated) continue;
    const demand = area.customers.reduce((kva, i) => kva + Math.min(customers[i]!.contractKva, 100) * 0.35, 0);
    area.capacityKva = standardKva(demand, 200);
  }
  chooseCurveMeters(rng, customers);
  return { supplyUnits, feeders, areas, customers };
}

function makeCustomer(
  rng: Random,
  index: number,
  category: DemoCategory,
  industries: IndustriesFile,
  words: Vocabulary,
  period: Period,
): DemoCustomer {
  const industry = rng.weighted(industries[category], (x) => x.weight);
  const business = category !== 'residential';
  const birthYear = rng.int(1950, 2002);
  const nameParts = industries.businessNameParts;
  const name = business
    ? `${words.places.city.replace('市', '')}${rng.pick(nameParts.prefixes)}${rng.pick(nameParts.suffixes[industry.code] ?? ['有限公司'])}`
    : personName(rng, words.people);
  const opensLate = rng.chance(0.04);
  const openDay = opensLate
    ? period.days[rng.int(0, Math.floor(period.days.length * 0.8))]!
    : addDays(period.first, -rng.int(30, 9000));

  const c: DemoCustomer = {
    index,
    id: String(3_301_000_001 + index),
    meterId: `3330${String(index + 1).padStart(9, '0')}`,
    name,
    address: '',
    phone: phoneNumber(rng, words.people),
    idNumber: business ? null : idNumber(rng, words.people, birthYear),
    category,
    industry: `${industry.code} ${industry.name}`,
    voltage: '220V',
    contractKva: 8,
    supplyUnit: '',
    areaId: '',
    feederId: '',
    multiplier: 1,
    openDay,
    prepaid: false,
    tariff: tariffText[category],
    level: 0,
    cooling: 0,
    heating: 0,
    growth: rng.normal(0.03, 0.03),
    noise: 0.1,
    pattern: patternOf[industry.code] ?? 'home',
    payer: 'punctual',
    channel: 'app',
    timeOfUse: category === 'commercial' || category === 'large_industry',
    hasCurve: false,
  };
  switch (category) {
    case 'residential':
      c.level = rng.logNormal(6.5, 0.55);
      c.cooling = rng.uniform(0.04, 0.12);
      c.heating = rng.uniform(0.015, 0.05);
      c.noise = 0.14;
      c.pattern = 'home';
      c.contractKva = rng.pick([4, 6, 8, 10]);
      c.voltage = rng.chance(0.05) ? '380V' : '220V';
      c.prepaid = rng.chance(0.06);
      break;
    case 'commercial': {
      c.level = Math.min(5000, Math.max(8, rng.logNormal(90, 1.0)));
      c.cooling = rng.uniform(0.02, 0.07);
      c.heating = rng.uniform(0.005, 0.025);
      c.noise = 0.08;
      c.contractKva = standardKva((c.level / 24) * rng.uniform(2.2, 3.2));
      c.voltage = c.contractKva >= 250 ? '10kV' : '380V';
      c.multiplier = c.contractKva <= 30 ? 1 : c.voltage === '10kV' ? rng.pick([500, 1000, 2000]) : rng.pick([20, 30, 40, 60, 80]);
      c.prepaid = rng.chance(0.1);
      break;
    }
    case 'large_industry':
      c.level = Math.min(150_000, Math.max(2000, rng.logNormal(9000, 0.8)));
      c.cooling = rng.uniform(0.003, 0.012);
      c.noise = 0.05;
      c.contractKva = standardKva(c.level / 24 / rng.uniform(0.45, 0.7), 315);
      c.voltage = c.contractKva >= 8000 ? '35kV' : '10kV';
      c.multiplier = c.voltage === '35kV' ? rng.pick([35_000, 70_000]) : rng.pick([1000, 2000, 3000, 6000]);
      break;
    case 'agricultural':
      c.level = rng.logNormal(45, 0.8);
      c.cooling = rng.uniform(0.02, 0.05);
      c.noise = 0.12;
      c.pattern = 'farm';
      c.contractKva = standardKva((c.level / 24) * rng.uniform(3, 5), 10);
      c.voltage = '380V';
      c.multiplier = c.contractKva <= 30 ? 1 : 20;
      c.prepaid = rng.chance(0.05);
      break;
  }
  if (c.prepaid) c.payer = 'prepaid';
  else {
    const r = rng.next();
    const defaulters = category === 'commercial' ? 0.04 : 0.02;
    c.payer = r < defaulters ? 'defaulter' : r < defaulters + 0.13 ? 'late' : 'punctual';
  }
  c.channel = rng.weighted(
    [
      ['bank', 15],
      ['app', 30],
      ['wechat', 25],
      ['alipay', 18],
      ['counter', 12 + (birthYear < 1960 ? 40 : 0)],
    ] as [Channel, number][],
    (x) => x[1],
  )[0];
  return c;
}

/**
 * Every non-residential meter and a sample of about one residential meter in a hundred carry a
 * curve, up to CURVE_METER_LIMIT; above it large industry keeps all its curves and the other
 * categories are sampled.
 */
function chooseCurveMeters(rng: Random, customers: DemoCustomer[]): void {
  const residential = customers.filter((c) => c.category === 'residential');
  const large = customers.filter((c) => c.category === 'large_industry');
  const others = customers.filter((c) => c.category === 'commercial' || c.category === 'agricultural');
  const residentialSample = Math.min(Math.max(10, Math.round(residential.length / 100)), Math.round(CURVE_METER_LIMIT / 10));
  const otherBudget = Math.max(0, CURVE_METER_LIMIT - residentialSample - large.length);
  for (const c of large) c.hasCurve = true;
  for (const i of rng.sample(others.length, otherBudget)) others[i]!.hasCurve = true;
  for (const i of rng.sample(residential.length, residentialSample)) residential[i]!.hasCurve = true;
}

