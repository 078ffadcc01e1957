// Which weather station's temperatures a scope's models use. Where the workspace holds several
// stations (and their mean), each candidate is backtested with the vanilla regression, the
// cheapest model that reads temperature, over the run's own origins; the candidate with the
// lowest MAPE wins and every candidate's MAPE is reported, so the analyst sees why.
import type { Backtest } from './backtest.js';
import type { Frame, ModelSpec } from './types.js';

export interface TemperatureCandidate {
  station: string;
  temperature: Float64Array;
}

export interface StationChoice {
  used: string;
  temperature: Float64Array;
  candidates: { station: string; mape: number | null }[];
}

export type BacktestRunner = (frame: Frame, models: ModelSpec[], origins: number[], horizon: number) => Backtest;

/**
 * The best of `candidates` by the vanilla model's backtest MAPE. With one candidate, or no
 * origins to backtest over, the first candidate is taken unscored. `step(i)` is called before
 * each candidate's backtest (progress, cancel).
 */
export function chooseStation(
  frame: Frame,
  candidates: TemperatureCandidate[],
  vanilla: ModelSpec,
  origins: number[],
  horizon: number,
  backtest: BacktestRunner,
  step: (index: number, station: string) => void,
): StationChoice | null {
  const first = candidates[0];
  if (!first) return null;
  if (candidates.length === 1 || origins.length === 0) {
    return { used: first.station, temperature: first.temperature, candidates: candidates.map((c) => ({ station: c.station, mape: null })) };
  }
  const scored = candidates.map((candidate, index) => {
    step(index, candidate.station);
    const result = backtest({ ...frame, temperature: candidate.temperature }, [vanilla], origins, horizon);
    const mape = result.metrics.find((m) => m.model === vanilla.id)?.mape ?? null;
    return { candidate, mape };
  });
  let best = scored[0]!;
  for (const entry of scored) if (entry.mape !== null && (best.mape === null || entry.mape < best.mape)) best = entry;
  return {
    used: best.candidate.station,
    temperature: best.candidate.temperature,
    candidates: scored.map(({ candidate, mape }) => ({ station: candidate.station, mape })),
  };
}
