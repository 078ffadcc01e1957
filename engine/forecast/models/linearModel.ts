// Fitting a regression design on the frame's load before an origin. The normal equations of a
// frame are kept and extended when the next fit's origin is later (a rolling backtest adds a
// week of rows per origin instead of rebuilding years of them).
import type { FittedModelId } from '../../api/forecastTypes.js';
import { NormalEquations } from '../math/linear.js';
import type { FittedModel, Frame, ModelSpec } from '../types.js';

/** Writes the non-zeros of step t's row; returns their count. */
export type RowWriter = (t: number, columns: Int32Array, values: Float64Array) => number;

export interface LinearDesign {
  /** Number of coefficients for this frame. */
  size(frame: Frame): number;
  /** Most non-zeros a row can have. */
  maxNonZeros: number;
  /** 1 for the columns that modify a base effect (see NormalEquations.solve). */
  deviations(frame: Frame): Uint8Array;
  /** Derives what the rows need (temperature lags...) from the frame. */
  rows(frame: Frame): RowWriter;
}

interface Accumulated {
  equations: NormalEquations;
  /** Rows of steps [0, next) are in the equations. */
  next: number;
}

export function linearModelSpec(id: FittedModelId, design: LinearDesign, minHistoryDays: number): ModelSpec {
  const byFrame = new WeakMap<Frame, Accumulated>();
  return {
    id,
    needsTemperature: true,
    minHistoryDays,
    fit(frame, origin, options) {
      let state = byFrame.get(frame);
      if (!state || state.next > origin) {
        state = { equations: new NormalEquations(design.size(frame)), next: 0 };
        byFrame.set(frame, state);
      }
      const write = design.rows(frame);
      const columns = new Int32Array(design.maxNonZeros);
      const values = new Float64Array(design.maxNonZeros);
      const end = Math.min(origin, frame.loadEnd);
      for (let t = state.next; t < end; t++) {
        // Imputed load (gaps, frozen meters, outliers) would teach the model the imputation.
        if (frame.imputed[t] === 1) continue;
        const count = write(t, columns, values);
        state.equations.add(columns, values, count, frame.load[t]!);
        if ((t & 4095) === 0) options.progress?.((0.8 * (t - state.next)) / Math.max(1, end - state.next));
      }
      state.next = end;
      const coefficients = state.equations.solve(design.deviations(frame));
      options.progress?.(1);
      return linearPredictor(design, coefficients);
    },
  };
}

function linearPredictor(design: LinearDesign, coefficients: Float64Array): FittedModel {
  return {
    predict(frame, origin, horizon) {
      const write = design.rows(frame);
      const columns = new Int32Array(design.maxNonZeros);
      const values = new Float64Array(design.maxNonZeros);
      const out = new Float64Array(horizon);
      for (let k = 0; k < horizon; k++) {
        const count = write(origin + k, columns, values);
        let sum = 0;
        for (let p = 0; p < count; p++) sum += coefficients[columns[p]!]! * values[p]!;
        out[k] = sum;
      }
      return out;
    },
  };
}
