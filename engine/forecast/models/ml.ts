// Gradient-boosted trees on lagged load, weather and calendar (engine/forecast/math/gbm.ts,
// features in mlFeatures.ts). One model serves every lead (the direct strategy): each training
// target step gets a seeded random origin up to `maxHorizon` steps before it, at the fit
// origin's time of day. Forecasts are asked from origins at that time of day (the backtest's are
// whole days apart, a run refits at its start), and training on them alone backtested better
// than on origins at any time (vic_elec hourly MAPE 2.27% against 2.38% at 24 h, 3.23% against
// 3.39% at 168 h); another time of day still works, with lead and hour pairs seen less.
// The target is load over the mean load of the week before the origin. Runs without
// temperature too (the weather features drop out).
import { Random } from '../../demo/random.js';
import { defaultGbmOptions, trainGbm, type GbmModel } from '../math/gbm.js';
import type { FittedModel, Frame, ModelSpec } from '../types.js';
import { FeatureReader, LEVEL_DAYS } from './mlFeatures.js';

/** Training rows at most (targets are sampled beyond it); fewer targets get several origins each. */
const MAX_SAMPLES = 40_000;
const MAX_ORIGINS_PER_TARGET = 4;
const SEED = 20_120_101;
/** Leaves of 50 rows or more: smaller ones fitted noise on the Irish aggregate. */
const TREE_OPTIONS = { ...defaultGbmOptions, minLeaf: 50 };

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

    const capacity = chosen.length * perTarget;
    const columns = Array.from({ length: reader.count }, () => new Float64Array(capacity));
    const target = new Float64Array(capacity);
    const row = new Float64Array(reader.count);
    let s = 0;
    for (const t of chosen) {
      const longestLead = Math.min(options.maxHorizon - 1, t - firstOrigin);
      // The shortest lead from an origin at the fit origin's time of day, then whole days more.
      const shortest = (((t - origin) % spd) + spd) % spd;
      if (shortest > longestLead) continue;
      const days = Math.floor((longestLead - shortest) / spd) + 1;
      for (const extraDays of random.sample(days, perTarget)) {
        const o = t - shortest - spd * extraDays;
        const level = reader.level(o);
        reader.write(o, t, level, row);
        for (let f = 0; f < reader.count; f++) columns[f]![s] = row[f]!;
        target[s++] = frame.load[t]! / level;
      }
    }
    if (s === 0) throw new RangeError('Too little history for the ml model');
    options.progress?.(0.1);
    const gbm = trainGbm(
      columns.map((c) => c.subarray(0, s)),
      target.subarray(0, s),
      { ...TREE_OPTIONS, progress: (f) => options.progress?.(0.1 + 0.9 * f) },
    );
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
