// The time-of-use shift a suspect's loss includes is saved with the run (in theft_scores'
// indicators JSON: schema 3 is released) and read back with the suspect, beside its indicator
// values; a suspect whose loss has no shift reads back none.
import { afterAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../../engine/core/calendar.js';
import { unitIndicators } from '../../../engine/theft/indicators/index.js';
import { unitView } from '../../../engine/theft/indicators/view.js';
import { estimateLoss } from '../../../engine/theft/loss.js';
import { saveScoreRun, suspectDetail } from '../../../engine/theft/runStore.js';
import type { ScoredSuspect, ScoreResult } from '../../../engine/theft/scoreWorkspace.js';
import { categoryTou } from '../../../engine/theft/touTariff.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace } from '../forecast/dataWorkspace.js';
import { evidenceOf, householdDay, type FixtureUnit } from './scoreFixture.js';

afterAll(removeTempDirs);

const CHANGE = 220;

function unit(seed: number, reversed: boolean): FixtureUnit {
  const curve = (i: number) => (reversed && i >= CHANGE ? [...householdDay(seed, i)].reverse() : householdDay(seed, i));
  return { daily: (i) => curve(i).reduce((s, v) => s + v, 0), curve, category: 'commercial' };
}

/** Both units of the fixture scored as the scorer would, under the ids K1 (its day reversed) and K2 (steady). */
function suspects(): ScoredSuspect[] {
  const ev = evidenceOf([unit(9, true), unit(1, false)]);
  return [0, 1].map((u) => {
    const view = unitView(ev, u);
    const { indicators, drop } = unitIndicators(view);
    const loss = estimateLoss(view, drop, categoryTou('commercial'));
    return { unit: { ...view.unit, id: `K${u + 1}` }, rank: u + 1, score: 0.9 - u / 2, unsupervised: 0.9 - u / 2, supervised: null, loss, changeDay: view.changeDay, reasons: [], indicators };
  });
}

function result(scored: ScoredSuspect[]): ScoreResult {
  return {
    asOf: 20241229,
    units: scored.length,
    supervised: false,
    labels: 0,
    suspects: scored,
    detail: {
      seconds: 1,
      has: {} as ScoreResult['detail']['has'],
      period: { from: '2024-01-01', to: '2024-12-29' },
      indicators: {},
      model: { kind: 'robust', positives: 0, negatives: 0, intercept: null },
    },
  };
}

describe('the time-of-use shift saved with a run', () => {
  it('reads back the kWh moved out of peak hours and the yuan it cost, beside the indicator values', () => {
    const db = new TestWorkspace().customer({ id: 'K1' }).customer({ id: 'K2' }).db;
    const scored = suspects();
    const shift = scored[0]!.loss.timeOfUse!;
    expect(shift.yuan).toBeGreaterThan(0);
    expect(scored[1]!.loss.timeOfUse).toBeNull();
    const { runId } = saveScoreRun(db, result(scored));

    const reversed = suspectDetail(db, runId!, 'K1');
    expect(reversed.timeOfUse).toEqual({
      fromDay: formatDay(shift.fromDay),
      days: shift.days,
      movedKwh: Math.round(shift.movedKwh * 10) / 10,
      yuan: Math.round(shift.yuan * 100) / 100,
    });
    expect(reversed.timeOfUse!.movedKwh).toBeGreaterThan(0);
    // The shift is part of the loss saved, not beside it.
    expect(reversed.lossYuan!).toBeGreaterThanOrEqual(reversed.timeOfUse!.yuan - 0.01);
    // Every indicator still reads as a number or null, the shift is not one of them.
    expect(reversed.indicators.every((i) => i.value === null || typeof i.value === 'number')).toBe(true);
    expect(reversed.indicators.find((i) => i.code === 'reversed_day')!.value).toBeGreaterThan(0);

    const steady = suspectDetail(db, runId!, 'K2');
    expect(steady.timeOfUse).toBeNull();
  });
});
