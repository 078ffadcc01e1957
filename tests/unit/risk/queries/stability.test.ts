// Population stability (engine/risk/queries/stability.ts): the score in bands at the base run's
// deciles and each scorecard feature's bin shares, between the latest run and the one a year
// before it by default.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { decileEdges, stability } from '../../../../engine/risk/queries/stability.js';
import { removeTempDirs } from '../../../helpers/tempDirs.js';
import { latestScores, riskWorkspace, type RiskWorkspace } from './fixture.js';

afterAll(removeTempDirs);

let ws: RiskWorkspace;
beforeEach(() => {
  ws = riskWorkspace();
});

describe('risk.stability', () => {
  it('compares the latest run with its model’s run a year before, by hand-computed PSI', () => {
    const s = stability(ws.db, undefined, undefined);
    expect([s.baseRunId, s.runId]).toEqual([1, 3]);
    // Bands cut at 530, 570, 580, 640, 680: base 1,1,1,1,1,0; latest 1,2,0,1,1,0 (shares floored at 1e-4).
    expect(s.score.name).toBe('score');
    expect(s.score.psi).toBeCloseTo(0.2 * Math.log(2) + 0.1999 * Math.log(0.2 / 1e-4), 6);
    expect(s.score.level).toBe('shifted');
    // On-time rate: all in (0.9, +∞) a year before; 0.2, 0.2, 0.4 and 0.2 missing now. Channel unchanged.
    expect(s.features.map((f) => [f.name, f.level])).toEqual([
      ['on_time_rate_12m', 'shifted'],
      ['channel_main', 'stable'],
    ]);
    expect(s.features[0]!.psi).toBeCloseTo(3 * 0.1999 * Math.log(0.2 / 1e-4) + 0.6 * Math.log(1 / 0.4), 6);
    expect(s.features[1]!.psi).toBe(0);
  });

  it('compares the runs asked for; a run against one of the same scores is stable', () => {
    const again = ws.run(1, 20250731, latestScores);
    const s = stability(ws.db, 3, again);
    expect([s.baseRunId, s.runId, s.score.psi, s.score.level]).toEqual([3, again, 0, 'stable']);
    expect(s.features.every((f) => f.psi === 0)).toBe(true);
    // Less than a year of runs: the model's oldest is the base.
    expect(stability(ws.db, undefined, 2).baseRunId).toBe(1);
  });

  it('reads the bin shares a run of the model saved, and counts those of another model’s run', () => {
    const save = ws.db.prepare('UPDATE risk_runs SET features = ? WHERE run_id = ?');
    save.run(JSON.stringify({ on_time_rate_12m: [0.5, 0.5, 0, 0], channel_main: [1, 0] }), 1);
    save.run(JSON.stringify({ on_time_rate_12m: [0.5, 0.5, 0, 0], channel_main: [0, 1] }), 3);
    const psiOf = (s: ReturnType<typeof stability>, name: string) => s.features.find((f) => f.name === name)!.psi;
    const saved = stability(ws.db, 1, 3);
    expect(psiOf(saved, 'on_time_rate_12m')).toBe(0);
    expect(psiOf(saved, 'channel_main')).toBeCloseTo(2 * 0.9999 * Math.log(1 / 1e-4), 6);
    // Another model's run (its saved shares are of its own bins): counted from its scored values,
    // on-time 0.2, 0.2, 0.4, 0.2 missing; channel counter 0.6, app/bank 0.4.
    const other = ws.run(ws.model('workspace'), 20240630, latestScores);
    save.run(JSON.stringify({ on_time_rate_12m: [1], channel_main: [1] }), other);
    const across = stability(ws.db, other, 3);
    expect(psiOf(across, 'on_time_rate_12m')).toBeCloseTo(2 * 0.3 * Math.log(2.5) + 0.3999 * Math.log(0.4 / 1e-4) + 0.1999 * Math.log(0.2 / 1e-4), 6);
    expect(psiOf(across, 'channel_main')).toBeCloseTo(0.5999 * Math.log(0.6 / 1e-4) + 0.6 * Math.log(1 / 0.4), 6);
  });

  it('needs another run of the model', () => {
    const model = ws.model('workspace');
    const only = ws.run(model, 20250630, latestScores);
    expect(() => stability(ws.db, undefined, only)).toThrow(expect.objectContaining({ code: 'risk.no_base_run', details: { runId: only } }));
  });

  it('cuts ten bands at the deciles, merging tied edges', () => {
    expect(decileEdges(Array.from({ length: 100 }, (_, i) => i))).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(decileEdges([5, 5, 5, 5, 9])).toEqual([5, 9]);
    expect(decileEdges([])).toEqual([]);
  });
});
