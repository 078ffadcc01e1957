// Part 1 on real consumers: the 50 two-week half-hourly profiles of meter_profiles/elec_load.csv
// (one row per consumer, V1..V672). Each row becomes a meter (MP01..MP50) with 14 days of
// 48-point curves from 2024-03-04. For each attack type and repetition, a seeded 10 % of the
// consumers (5) are attacked from a day in the second week, the curves are written to a wide
// CSV and imported into a fresh workspace, and the detector ranks all 50.
import fs from 'node:fs';
import path from 'node:path';
import { addDays, formatDay, parseIsoDay } from '../../../engine/core/calendar.js';
import { streamFor } from '../../../engine/demo/random.js';
import { attackTypes, type AttackType } from '../../../engine/demo/theft.js';
import type { Engine } from '../../../engine/host/engine.js';
import { attackCase, attackDay, pickVictims } from '../../../engine/theft/evaluation/inject.js';
import { sharedDataDir } from '../../helpers/paths.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { scoreWorkspace } from './score.js';
import { CsvWriter, importWideCurves, kwCell, wideHeader } from './workspaces.js';

const FILE = path.join(sharedDataDir, 'meter_profiles', 'elec_load.csv');
const POINTS = 48;
const FIRST_DAY = parseIsoDay('2024-03-04');
/** The attack starts on one of days 8..11 of 14: at least a week before it and three days of it. */
const START = { min: 7, max: 10 };

export function readProfiles(): Float32Array[] {
  const lines = fs.readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
  return lines.slice(1).map((line) => Float32Array.from(line.split(','), Number));
}

export const profileMeter = (row: number) => `MP${String(row + 1).padStart(2, '0')}`;

export async function profilesBenchmark(engine: Engine, work: string, seed: number, repetitions: number): Promise<Map<AttackType, Evaluation[]>> {
  const profiles = readProfiles();
  const days = profiles[0]!.length / POINTS;
  const results = new Map<AttackType, Evaluation[]>();
  for (const attack of attackTypes) {
    const runs: Evaluation[] = [];
    for (let rep = 0; rep < repetitions; rep++) {
      const rng = streamFor(seed, 'profiles', attack, rep);
      const victims = new Set(pickVictims(rng, profiles.length));
      const csv = new CsvWriter(path.join(work, `profiles-${attack}-${rep}.csv`), wideHeader(POINTS));
      profiles.forEach((values, row) => {
        const theft = victims.has(row) ? attackCase(rng, attack, row, rng.int(START.min, START.max), days, POINTS) : null;
        for (let d = 0; d < days; d++) {
          const truth = values.subarray(d * POINTS, (d + 1) * POINTS);
          const kw = theft && d >= theft.startIndex ? attackDay(rng, theft, truth).reported : truth;
          csv.row([profileMeter(row), formatDay(addDays(FIRST_DAY, d)), ...Array.from(kw, kwCell)]);
        }
      });
      csv.close();
      const workspace = path.join(work, `profiles-${attack}-${rep}.workbench`);
      await engine.call('workspace.create', { path: workspace });
      await importWideCurves(engine, csv.file);
      await engine.closeWorkspace();
      const scored = await scoreWorkspace(workspace, path.join(work, `profiles-${attack}-${rep}-scores.csv`));
      const positives = new Set([...victims].map(profileMeter));
      runs.push(evaluate(scored, profiles.map((_, row) => profileMeter(row)), positives));
      for (const f of [csv.file, workspace]) fs.rmSync(f, { force: true });
    }
    results.set(attack, runs);
  }
  return results;
}
