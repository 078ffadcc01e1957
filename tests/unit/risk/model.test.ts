// trainRiskModel, scoreRiskModel and the model file: a synthetic table whose risk is known,
// trained deterministically, scored (probabilities, scores, grades, reasons, sub-scores), the
// analyst's options honoured, and model files read back or refused.
import { describe, expect, it } from 'vitest';
import { parseRiskModel, riskModelJson } from '../../../engine/risk/model/json.js';
import { scoreRiskModel, scorecardProbabilities } from '../../../engine/risk/model/score.js';
import { trainRiskModel } from '../../../engine/risk/model/train.js';
import type { FeatureColumn, FeatureTable, RiskModel } from '../../../engine/risk/model/types.js';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Late payments and a falling consumption raise the risk; the channel matters; noise does not. */
function syntheticTable(n: number, seed = 1): FeatureTable {
  const next = random(seed);
  const late = new Float64Array(n);
  const trend = new Float64Array(n);
  const noise = new Float64Array(n);
  const channel: (string | null)[] = [];
  const target = new Uint8Array(n);
  const channels = ['bank', 'app', 'counter', 'cash'];
  for (let i = 0; i < n; i++) {
    late[i] = next() < 0.05 ? NaN : Math.floor(next() * next() * 60);
    trend[i] = next() * 2 - 1;
    noise[i] = next();
    const c = Math.floor(next() * 4);
    channel.push(channels[c]!);
    const z = -2.5 + (Number.isNaN(late[i]!) ? 1 : late[i]! / 15) - 1.2 * trend[i]! + (c === 3 ? 0.8 : 0);
    target[i] = next() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  }
  return {
    ids: Array.from({ length: n }, (_, i) => `C${i + 1}`),
    target,
    columns: [
      { name: 'late_days', kind: 'numeric', side: 'willingness', values: late },
      { name: 'kwh_trend', kind: 'numeric', side: 'ability', values: trend },
      { name: 'channel', kind: 'categorical', side: 'willingness', values: channel },
      { name: 'noise', kind: 'numeric', side: null, values: noise },
    ],
  };
}

const table = syntheticTable(3000);
const model = trainRiskModel(table, { target: 'bad', idColumn: 'id', seed: 3 });

describe('trainRiskModel', () => {
  it('selects the predictive features with negative coefficients and leaves the noise out', () => {
    const byName = new Map(model.binnings.map((b) => [b.feature, b]));
    for (const name of ['late_days', 'kwh_trend', 'channel']) {
      expect(byName.get(name)!.selected).toBe(true);
      expect(byName.get(name)!.coefficient).toBeLessThan(0);
    }
    expect(byName.get('late_days')!.trend).toBe('increasing');
    expect(byName.get('kwh_trend')!.trend).toBe('decreasing');
    expect(byName.get('noise')!.weak).toBe(true);
    expect(byName.get('noise')!.selected).toBe(false);
    expect(byName.get('noise')!.bins.every((b) => b.points === 0)).toBe(true);
    expect(model.target).toBe('bad');
    expect(model.idColumn).toBe('id');
    expect(model.training.rows).toBe(3000);
  });

  it('validates both models on the held-out 30 %', () => {
    const v = model.validation;
    expect(v.trainRows + v.validationRows).toBe(3000);
    expect(v.validationRows).toBeGreaterThanOrEqual(880);
    expect(v.validationRows).toBeLessThanOrEqual(920);
    expect(v.scorecard.rows).toBe(v.validationRows);
    expect(v.scorecardTrain.rows).toBe(v.trainRows);
    expect(v.scorecard.auc).toBeGreaterThan(0.75);
    expect(v.challenger.auc).toBeGreaterThan(0.7);
    expect(v.calibration.map((c) => c.grade)).toEqual(['A', 'B', 'C', 'D', 'E']);
    // Grades are ranked: E's observed bad rate well above A's.
    expect(v.calibration[4]!.observedBadRate).toBeGreaterThan(2 * v.calibration[0]!.observedBadRate);
    expect(v.lift).toHaveLength(10);
  });

  it('is deterministic for a seed', () => {
    const again = trainRiskModel(table, { target: 'bad', idColumn: 'id', seed: 3 });
    expect({ ...again, createdAt: '' }).toEqual({ ...model, createdAt: '' });
  });

  it('honours bin edits, exclusions and the scaling asked for', () => {
    const edited = trainRiskModel(table, {
      seed: 3,
      binEdits: { late_days: { cuts: [5, 20] }, channel: { groups: [['bank', 'app', 'counter'], ['cash']] } },
      exclude: ['kwh_trend'],
      scaling: { baseScore: 500, baseOdds: 20, pdo: 40 },
    });
    const late = edited.binnings.find((b) => b.feature === 'late_days')!;
    expect(late.edited).toBe(true);
    expect(late.bins.map((b) => b.range)).toEqual([
      { type: 'interval', lower: null, upper: 5 },
      { type: 'interval', lower: 5, upper: 20 },
      { type: 'interval', lower: 20, upper: null },
      { type: 'missing' },
    ]);
    expect(edited.binnings.find((b) => b.feature === 'channel')!.bins).toHaveLength(2);
    expect(edited.binnings.find((b) => b.feature === 'kwh_trend')!.selected).toBe(false);
    expect(edited.features.map((f) => f.name)).not.toContain('kwh_trend');
    expect(edited.scaling).toEqual({ baseScore: 500, baseOdds: 20, pdo: 40 });
    // The wider pdo spreads the scores: D's floor is further from A's than with pdo 20.
    const spread = (m: RiskModel) => m.gradeCuts[0]!.minScore - m.gradeCuts[3]!.minScore;
    expect(spread(edited)).toBeGreaterThan(spread(model));
  });

  it('refuses a target without enough of both classes', () => {
    const flat = { ...table, target: new Uint8Array(3000) };
    expect(() => trainRiskModel(flat, { target: 'bad' })).toThrow(/'bad' needs at least 10 rows of each class.*0 ones and 3000 zeros/);
  });
});

describe('scoreRiskModel', () => {
  const scored = scoreRiskModel(model, table);

  it('gives each row a probability, a score, a grade, sub-scores and reasons that cost points', () => {
    expect(scored).toHaveLength(3000);
    expect(scored[0]!.id).toBe('C1');
    const probabilities = scorecardProbabilities(model, table);
    scored.forEach((s, i) => {
      expect(s.probability).toBe(probabilities[i]);
      expect(s.probability).toBeGreaterThan(0);
      expect(s.probability).toBeLessThan(1);
      expect(s.challengerProbability).toBeGreaterThanOrEqual(0);
      expect(s.challengerProbability).toBeLessThanOrEqual(1);
      expect(s.reasons.length).toBeLessThanOrEqual(4);
      for (let k = 1; k < s.reasons.length; k++) expect(s.reasons[k]!.pointsLost).toBeLessThanOrEqual(s.reasons[k - 1]!.pointsLost);
      for (const r of s.reasons) expect(r.pointsLost).toBeGreaterThan(0);
    });
    // Higher score, lower probability.
    const sorted = [...scored].sort((a, b) => b.score - a.score);
    expect(sorted[0]!.probability).toBeLessThan(sorted[sorted.length - 1]!.probability);
    expect(sorted[0]!.grade).toBe('A');
    expect(sorted[sorted.length - 1]!.grade).toBe('E');
    // The willingness and ability points are the sides' features' points (noise has no side and is not selected).
    const s = scored[5]!;
    expect(s.willingness + s.ability).toBeCloseTo(s.score, 6);
  });

  it('names a bad payer’s late days among the reasons, with its bin', () => {
    const late = table.columns[0]!.values as Float64Array;
    const worst = scored.findIndex((_, i) => late[i]! > 40);
    const reason = scored[worst]!.reasons.find((r) => r.feature === 'late_days');
    expect(reason).toBeDefined();
    expect(reason!.bin).toMatch(/^\(\d+(\.\d+)?, \+∞\)$/);
  });

  it('reads a table with the columns in another order, and names the columns a table lacks', () => {
    const shuffled = { ...table, target: null, columns: [...table.columns].reverse() };
    expect(scoreRiskModel(model, shuffled)[7]).toEqual(scored[7]);
    const lacking = { ...table, columns: table.columns.filter((c) => c.name !== 'channel') };
    expect(() => scoreRiskModel(model, lacking)).toThrow(/lacks the column the model scores with: channel/);
  });

  it('scores categories coded in digits the same whichever kind the reader gave them', () => {
    const digits = (values: string[]) => values.map((v) => String(['bank', 'app', 'counter', 'cash'].indexOf(v) + 1));
    const asText: FeatureTable = {
      ...table,
      columns: table.columns.map((c): FeatureColumn => (c.name === 'channel' ? { name: c.name, kind: 'categorical', side: c.side, values: digits(c.values as string[]) } : c)),
    };
    const coded = trainRiskModel(asText, { seed: 3 });
    const asNumbers: FeatureTable = {
      ...asText,
      columns: asText.columns.map((c): FeatureColumn => (c.name === 'channel' ? { name: c.name, kind: 'numeric', side: c.side, values: Float64Array.from(c.values as string[], Number) } : c)),
    };
    expect(scoreRiskModel(coded, asNumbers).map((s) => s.score)).toEqual(scoreRiskModel(coded, asText).map((s) => s.score));
  });
});

describe('model files', () => {
  it('round-trip through JSON', () => {
    const read = parseRiskModel(riskModelJson(model));
    expect(read).toEqual(model);
    expect(scoreRiskModel(read, table)[11]).toEqual(scoreRiskModel(model, table)[11]);
  });

  it('are refused when foreign, newer or damaged', () => {
    expect(() => parseRiskModel('id,probability\n1,0.5')).toThrow(/not a risk model file the workbench can read \(it is not JSON\)/);
    expect(() => parseRiskModel('{"format":"workbench-forecast","version":1}')).toThrow(/not a risk model file/);
    expect(() => parseRiskModel(riskModelJson({ ...model, version: 2 as 1 }))).toThrow(/\(version 2; this workbench reads version 1\)/);
    const damaged = JSON.parse(riskModelJson(model)) as { binnings: { bins: unknown }[] };
    damaged.binnings[0]!.bins = 'none';
    expect(() => parseRiskModel(JSON.stringify(damaged))).toThrow(/\(damaged: binnings\.0\.bins/);
  });
});
