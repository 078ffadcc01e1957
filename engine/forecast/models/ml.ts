// Gradient-boosted trees on lagged load, weather and calendar (engine/forecast/math/gbm.ts,
// features in mlFeatures.ts). Trained for all leads at once: each training target step gets a
// seeded random origin up to `maxHorizon` steps before it, so the model learns how much the
// recent load tells at each lead. Runs without temperature too (the weather features drop out).
import { Random } from '../../demo/random.js';
import { defaultGbmOptions, trainGbm, type GbmModel } from '../math/gbm.js';
import type { FittedModel, Frame, ModelSpec } from '../types.js';
import { FeatureReader, LEVEL_DAYS } from './mlFeatures.js';

/** Training rows at most (targets are sampled beyond it); fewer targets get several origins each. */
const MAX_SAMPLES = 40_000;
const MAX_ORIGINS_PER_TARGET = 4;
const SEED = 20_120_101;

export const mlModel: ModelSpec = {
  id: 'ml',
  needsTemperature: false,
  minHistoryDays: 28,
  fit(frame, origin, options) {
    const reader = new FeatureReader(frame, origin);
    const spd = frame.stepsPerDay;
    const firstOrigin = LEVEL_DAYS * spd;
    const end = Math.min(origin, frame.loadEnd);
    const random = new Random(SEED);

    const targets: number[] = [];
    for (let t = firstOrigin; t < end; t++) if (frame.imputed[t] !== 1) targets.push(t);
    const perTarget = Math.max(1, Math.min(MAX_ORIGINS_PER_TARGET, Math.floor(MAX_SAMPLES / Math.max(1, targets.length))));
    const chosen = targets.length * perTarget > MAX_SAMPLES ? random.sample(targets.length, MAX_SAMPLES).map((i) => targets[i]!) : targets;
    const samples = chosen.length * perTarget;
    if (samples === 0) throw new RangeError('Too little history for the ml model');

    const columns = Array.from({ length: reader.count }, () => new Float64Array(samples));
    const target = new Float64Array(samples);
    const row = new Float64Array(reader.count);
    let s = 0;
    for (const t of chosen) {
      const longestLead = Math.min(options.maxHorizon - 1, t - firstOrigin);
      for (let r = 0; r < perTarget; r++) {
        const o = t - random.int(0, longestLead);
        const level = reader.level(o);
        reader.write(o, t, level, row);
        for (let f = 0; f < reader.count; f++) columns[f]![s] = row[f]!;
        target[s++] = frame.load[t]! / level;
      }
    }
    options.progress?.(0.1);
    const gbm = trainGbm(columns, target, { ...defaultGbmOptions, progress: (f) => options.progress?.(0.1 + 0.9 * f) });
    return treePredictor(gbm);
  },
};

function treePredictor(gbm: GbmModel): FittedModel {
  return {
    predict(frame: Frame, origin: number, horizon: number) {
      const reader = new FeatureReader(frame, origin);
      const level = reader.level(origin);
      const row = new Float64Array(reader.count);
      const out = new Float64Array(horizon);
      for (let k = 0; k < horizon; k++) {
        reader.write(origin, origin + k, level, row);
        out[k] = gbm.predict(row) * level;
      }
      return out;
    },
  };
}
