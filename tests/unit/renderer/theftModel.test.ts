// The Model view's figures (renderer/pages/theft/model/modelRows.ts): weights strongest first
// with their bars, the outcomes a retrain adds, the combined score's shares; and its words.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TheftModelView } from '../../../engine/api/theftModelTypes.js';
import { newOutcomeCount, scoreShares, weightRows } from '../../../renderer/pages/theft/model/modelRows.js';
import { translations } from '../../helpers/translations.js';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

const weights = (coefficients: (number | null)[]) => coefficients.map((coefficient, i) => ({ code: `c${i}`, coefficient, computed: 10, flagged: i }));

describe('the Model view', () => {
  it('lists the weights strongest first, each bar a share of the largest', () => {
    const rows = weightRows({ weights: weights([0.5, 2, 0, 1]) });
    expect(rows.map((r) => [r.code, r.share])).toEqual([
      ['c1', 1],
      ['c3', 0.5],
      ['c0', 0.25],
      ['c2', 0],
    ]);
  });

  it("keeps the detector's order without a model", () => {
    expect(weightRows({ weights: weights([null, null, null]) }).map((r) => [r.code, r.share])).toEqual([
      ['c0', 0],
      ['c1', 0],
      ['c2', 0],
    ]);
  });

  it('counts the new outcomes a retrain learns from and the shares of the combined score', () => {
    expect(newOutcomeCount({ newOutcomes: { cases: 2, inspections: 3, later: 7 } })).toBe(5);
    expect(scoreShares({ supervised: true, supervisedShare: 0.5 })).toEqual({ unsupervised: 0.5, supervised: 0.5 });
    expect(scoreShares({ supervised: false, supervisedShare: null })).toBeNull();
    expect(scoreShares({ supervised: true, supervisedShare: null } as Pick<TheftModelView, 'supervised' | 'supervisedShare'>)).toBeNull();
  });

  it('words the retrain button by the count in both languages', () => {
    expect(en('theft.model.retrain', { count: 1, formatted: '1' })).toBe('Retrain with 1 new outcome');
    expect(en('theft.model.retrain', { count: 3, formatted: '3' })).toBe('Retrain with 3 new outcomes');
    expect(zh('theft.model.retrain', { count: 3, formatted: '3' })).toBe('用 3 个新结果重新训练');
  });
});
