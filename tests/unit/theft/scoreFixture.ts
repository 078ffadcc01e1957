// Synthetic evidence for the theft indicators and scores, built in memory: daily series per
// unit (and optionally 24-point curves, events, an area's loss rate) on a timeline, with the
// engine's own weekly medians and peer groups, so that each indicator can be tried on a series
// whose change is known.
import { addDays, type Day } from '../../../engine/core/calendar.js';
import { HOURS, readingJitter, type UnitCurves } from '../../../engine/theft/evidence/curves.js';
import type { UnitEvent } from '../../../engine/theft/evidence/events.js';
import type { Evidence } from '../../../engine/theft/evidence/load.js';
import type { Label } from '../../../engine/theft/evidence/labels.js';
import { timeline } from '../../../engine/theft/evidence/timeline.js';
import { peerGroups } from '../../../engine/theft/series/peers.js';
import { MIN_WEEKS, weekGrid, weeklyMedians } from '../../../engine/theft/series/weeks.js';
import type { ScoredUnit } from '../../../engine/theft/types.js';

export const FIRST: Day = 20240101;
export const DAYS = 364;

export interface FixtureUnit {
  daily: (i: number) => number;
  /** The day's 24 hourly kW values, for units with curves. */
  curve?: (i: number) => number[];
  events?: UnitEvent[];
  category?: string;
  contractKva?: number;
  areaId?: string;
}

/** Deterministic noise in [-1, 1). */
export function noise(seed: number, i: number): number {
  const x = Math.sin(seed * 12.9898 + i * 78.233) * 43758.5453;
  return 2 * (x - Math.floor(x)) - 1;
}

/** `days`: the timeline's length (DAYS unless given: a fortnight tries the short-history path). */
export function evidenceOf(fixture: FixtureUnit[], options: { lossRate?: (i: number) => number; labels?: Label[]; days?: number } = {}): Evidence {
  const line = timeline(FIRST, addDays(FIRST, (options.days ?? DAYS) - 1));
  const grid = weekGrid(line.length);
  const units: ScoredUnit[] = fixture.map((f, u) => ({
    id: `C${String(u).padStart(4, '0')}`,
    kind: 'customer',
    meters: [`M${u}`],
    category: f.category ?? 'residential',
    industry: null,
    areaId: f.areaId ?? 'A1',
    contractKva: f.contractKva ?? null,
    openDay: null,
  }));
  const values = new Float32Array(units.length * line.length);
  fixture.forEach((f, u) => {
    for (let i = 0; i < line.length; i++) values[u * line.length + i] = f.daily(i);
  });
  const daily = { values, days: line.length };
  const weekly = new Float64Array(units.length * grid.weeks);
  for (let u = 0; u < units.length; u++) weeklyMedians(values, u * line.length, grid, weekly.subarray(u * grid.weeks, (u + 1) * grid.weeks));
  const curves = new Map<number, UnitCurves>();
  fixture.forEach((f, u) => {
    if (f.curve) curves.set(u, curvesOf(f.curve, line.length, grid));
  });
  const events = new Map<number, UnitEvent[]>();
  fixture.forEach((f, u) => f.events && events.set(u, f.events));
  const lossRate = new Map<string, Float64Array>();
  if (options.lossRate) lossRate.set('A1', Float64Array.from({ length: line.length }, (_, i) => options.lossRate!(i)));
  const labels = options.labels ?? [];
  return {
    asOf: line.last,
    line,
    grid,
    units,
    daily,
    weekly,
    peers: peerGroups(units, weekly, grid.weeks, grid.weeks < MIN_WEEKS ? daily : undefined),
    curves,
    events,
    areas: { lossRate },
    prices: new Map(),
    labels,
    has: { archive: true, curves: curves.size > 0, events: events.size > 0, areas: lossRate.size > 0, bills: false, labels: labels.length > 0 },
  };
}

/** What evidence/curves.ts derives from 24-point curves. */
function curvesOf(curve: (i: number) => number[], days: number, grid: ReturnType<typeof weekGrid>): UnitCurves {
  const c: UnitCurves = {
    flatness: new Float32Array(days).fill(Number.NaN),
    zeroRun: new Float32Array(days).fill(Number.NaN),
    jitter: new Float32Array(days).fill(Number.NaN),
    weekShape: new Float64Array(grid.weeks * HOURS),
    weekDays: new Float64Array(grid.weeks),
    dayShape: grid.weeks < MIN_WEEKS ? new Float32Array(days * HOURS) : null,
  };
  for (let i = 0; i < days; i++) {
    const kw = curve(i);
    const sum = kw.reduce((s, v) => s + v, 0);
    const peak = Math.max(...kw);
    let run = 0;
    let longest = 0;
    for (const v of kw) {
      run = v <= 1e-6 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    c.flatness[i] = sum / HOURS / peak;
    c.zeroRun[i] = longest / HOURS;
    c.jitter[i] = readingJitter(Float32Array.from(kw), new Float64Array(HOURS));
    if (c.dayShape) kw.forEach((v, h) => (c.dayShape![i * HOURS + h] = v / sum));
    const w = Math.floor((i - grid.offset) / 7);
    if (w < 0) continue;
    kw.forEach((v, h) => (c.weekShape[w * HOURS + h]! += v / sum));
    c.weekDays[w]! += 1;
  }
  return c;
}

/** A household's day: a morning and a larger evening peak, with a little noise. */
export function householdDay(seed: number, i: number, scale = 1): number[] {
  return Array.from({ length: HOURS }, (_, h) => scale * (0.3 + (h >= 7 && h <= 8 ? 0.6 : 0) + (h >= 18 && h <= 21 ? 1.2 : 0) + 0.05 * noise(seed * 31 + h, i)));
}

/** A steady consumer around `level` kWh/day with ±5% noise. */
export function steady(seed: number, level: number): (i: number) => number {
  return (i) => level * (1 + 0.05 * noise(seed, i));
}
