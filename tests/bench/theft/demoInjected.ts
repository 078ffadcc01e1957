// Part 1 on the demo: each attack type into a seeded 10 % of the demo's honest customers that
// have a load curve (not in demo_truth.thefts, open before the period's middle), from a day in
// the second half (drawn as the demo draws its own cases). The attacked curves and the frozen
// readings the tampered meters would show from then on are written to CSV files and imported
// into a copy of the workspace, so interval load and daily consumption agree; the detector
// then ranks the customers, scored on the honest curve customers and the victims.
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { addDays, formatDay, parseIsoDay, type Day } from '../../../engine/core/calendar.js';
import type { Random } from '../../../engine/demo/random.js';
import { streamFor } from '../../../engine/demo/random.js';
import { periodShares, touPeriods } from '../../../engine/demo/shapes.js';
import { attackTypes, type AttackType, type TheftCase } from '../../../engine/demo/theft.js';
import type { DemoTruth } from '../../../engine/demo/truth.js';
import type { Engine } from '../../../engine/host/engine.js';
import { float32FromBlob, float64FromBlob, REGISTERS } from '../../../engine/store/series.js';
import { attackCase, attackDay, pickVictims } from '../../../engine/theft/evaluation/inject.js';
import { tamperedReadings } from '../../../engine/theft/evaluation/registers.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { scoreWorkspace } from './score.js';
import { copyWorkspace, CsvWriter, importWideCurves, kwCell, wideHeader } from './workspaces.js';

type Db = Database.Database;

export interface Candidate {
  customer: string;
  meter: string;
}

export function demoTruthOf(db: Db): DemoTruth {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'demo_truth'`).get() as { value: string } | undefined;
  if (!row) throw new Error('not a demo workspace: no demo_truth in meta');
  return JSON.parse(row.value) as DemoTruth;
}

function periodDays(truth: DemoTruth): Day[] {
  const days: Day[] = [];
  for (let d = parseIsoDay(truth.period.from); d <= parseIsoDay(truth.period.to); d = addDays(d, 1)) days.push(d);
  return days;
}

/** Honest customers whose meter has a curve and who were open before the middle of the period. */
function candidates(db: Db, truth: DemoTruth, middle: Day): Candidate[] {
  const thieves = new Set(truth.thefts.map((t) => t.customerId));
  const rows = db
    .prepare(
      `SELECT c.customer_id AS customer, m.meter_id AS meter FROM customers c JOIN meters m ON m.customer_id = c.customer_id
       WHERE m.meter_id IN (SELECT DISTINCT meter_id FROM interval_load) AND (c.open_day IS NULL OR c.open_day <= ?)
       ORDER BY c.customer_id`,
    )
    .all(middle) as Candidate[];
  return rows.filter((r) => !thieves.has(r.customer));
}

export interface DemoSample {
  truth: DemoTruth;
  days: Day[];
  /** The honest curve customers, victims and not. */
  population: Candidate[];
}

export function demoSample(db: Db): DemoSample {
  const truth = demoTruthOf(db);
  const days = periodDays(truth);
  return { truth, days, population: candidates(db, truth, days[Math.floor(days.length / 2)]!) };
}

export async function demoInjectedBenchmark(engine: Engine, base: string, work: string, seed: number): Promise<Map<AttackType, Evaluation>> {
  const db = new Database(base, { readonly: true });
  const results = new Map<AttackType, Evaluation>();
  try {
    const sample = demoSample(db);
    for (const attack of attackTypes) {
      const { copy, victims } = await injectedCopy(engine, db, sample, base, work, seed, attack);
      const scored = await scoreWorkspace(copy, path.join(work, `demo-${attack}-scores.csv`));
      fs.rmSync(copy, { force: true });
      results.set(attack, evaluate(scored, sample.population.map((c) => c.customer), new Set(victims.map((v) => v.customer))));
    }
  } finally {
    db.close();
  }
  return results;
}

/** A copy of the demo workspace with one attack type injected into 10 % of the sample: its file and the victims. */
export async function injectedCopy(
  engine: Engine,
  db: Db,
  sample: DemoSample,
  base: string,
  work: string,
  seed: number,
  attack: AttackType,
): Promise<{ copy: string; victims: Candidate[] }> {
  const { days, population } = sample;
  const rng = streamFor(seed, 'demo', attack);
  const victims = pickVictims(rng, population.length).map((i) => population[i]!);
  const curves = new CsvWriter(path.join(work, `demo-${attack}-curves.csv`), wideHeader(96));
  // Meters with the total register only and meters with time-of-use registers too: a file each.
  const readings = [1, 5].map((n) => new CsvWriter(path.join(work, `demo-${attack}-readings${n}.csv`), ['meter', 'date', ...REGISTERS.slice(0, n)]));
  for (const victim of victims) {
    // The demo's own cases start between the middle and two weeks before the end.
    const theft = attackCase(rng, attack, 0, rng.int(Math.floor(days.length / 2), days.length - 14), days.length, 96);
    tamper(db, rng, theft, victim.meter, days, curves, readings);
  }
  curves.close();
  for (const file of readings) file.close();
  const copy = copyWorkspace(base, path.join(work, `demo-${attack}.workbench`));
  await engine.openWorkspace(copy);
  await importWideCurves(engine, curves.file);
  for (const [i, file] of readings.entries()) {
    const mapping = { fields: Object.fromEntries([['meter', 'meter'], ['date', 'date'], ...REGISTERS.slice(0, [1, 5][i]).map((r) => [r, r])]) };
    if (file.rows > 0) await engine.runJob('import.run', { path: file.file, kind: 'daily', mapping });
  }
  await engine.closeWorkspace();
  for (const f of [curves.file, ...readings.map((r) => r.file)]) fs.rmSync(f, { force: true });
  return { copy, victims };
}

interface MonthRow {
  readings: Float64Array;
  registers: number;
  multiplier: number;
}

/**
 * Writes what the victim's meter reports from the attack's first day: each stored curve
 * attacked, and the frozen readings advanced by the reported energy (the time-of-use registers
 * by the reported curve's periods, as the demo meters them). A day without a stored curve keeps
 * its metered energy. The last day's energy would show only in the next day's reading,
 * outside the period: it stays as it was.
 */
function tamper(db: Db, rng: Random, theft: TheftCase, meter: string, days: Day[], curves: CsvWriter, readingFiles: CsvWriter[]): void {
  const first = days[theft.startIndex]!;
  const stored = new Map<Day, Float32Array>();
  const curveRows = db.prepare('SELECT day, kw FROM interval_load WHERE meter_id = ? AND day >= ? ORDER BY day').all(meter, first) as {
    day: number;
    kw: Buffer;
  }[];
  for (const r of curveRows) stored.set(r.day, Float32Array.from(float32FromBlob(r.kw)));
  const months = new Map<number, MonthRow>();
  const monthRows = db
    .prepare('SELECT month, readings, registers, multiplier FROM daily_energy WHERE meter_id = ? AND month >= ?')
    .all(meter, Math.floor(first / 100)) as { month: number; readings: Buffer; registers: number; multiplier: number }[];
  for (const r of monthRows) {
    months.set(r.month, { readings: float64FromBlob(r.readings), registers: r.registers, multiplier: r.multiplier });
  }
  const monthOf = (day: Day) => months.get(Math.floor(day / 100))!;
  const registersOf = (day: Day) => {
    const m = monthOf(day);
    const slot = (day % 100) - 1;
    return m.readings.subarray(slot * m.registers, (slot + 1) * m.registers);
  };
  const { registers, multiplier } = monthOf(first);
  const span = days.slice(theft.startIndex);
  const energy = new Float64Array(span.length * registers);
  span.forEach((day, d) => {
    const curve = stored.get(day);
    const attacked = curve ? attackDay(rng, theft, curve) : null;
    if (attacked) curves.row([meter, formatDay(day), ...Array.from(attacked.reported, kwCell)]);
    if (d === span.length - 1) return;
    const now = registersOf(day);
    const next = registersOf(span[d + 1]!);
    const share = attacked?.energyShare ?? 1;
    const total = (next[0]! - now[0]!) * multiplier * share;
    energy[d * registers] = total;
    if (registers === 1) return;
    const tou = attacked ? periodShares(attacked.reported.map((v) => (Number.isNaN(v) ? 0 : v)), touPeriods(Math.floor(day / 100) % 100)) : null;
    for (let k = 0; k < 4; k++) energy[d * registers + 1 + k] = tou ? total * tou[k]! : (next[1 + k]! - now[1 + k]!) * multiplier;
  });
  const start = registersOf(first);
  if (start.some(Number.isNaN)) throw new Error(`${meter}: no reading on ${formatDay(first)}`);
  const values = tamperedReadings(start, energy, registers, multiplier);
  const readings = readingFiles[registers === 1 ? 0 : 1]!;
  span.forEach((day, d) => readings.row([meter, formatDay(day), ...Array.from(values.subarray(d * registers, (d + 1) * registers), (v) => v.toFixed(2))]));
}
