// The Risk page's words and data shaping: features and reasons in words, bins, the collection
// list's filters, the bin editor's text, KPI shares, late bills, the better model per metric.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { customerQuery, minProbabilityOf, noFilter } from '../../../../renderer/pages/risk/customers/filters.js';
import { riskyShare } from '../../../../renderer/pages/risk/overview/RiskKpis.js';
import { scalingOf } from '../../../../renderer/pages/risk/overview/ScalingFields.js';
import { lateness } from '../../../../renderer/components/BillsTable.js';
import { binEditText, parseBinEdit } from '../../../../renderer/pages/risk/scorecard/binEdits.js';
import { better } from '../../../../renderer/pages/risk/scorecard/ComparisonView.js';
import { addMonths, retrainAsOf } from '../../../../renderer/pages/risk/scorecard/retrainDay.js';
import { ivStrength } from '../../../../renderer/pages/risk/scorecard/ScorecardView.js';
import { binLabel, binText, dimensionKeyLabel, featureLabel, reasonText } from '../../../../renderer/pages/risk/texts.js';
import { translations } from '../../../helpers/translations.js';
import { categoricalBinning, model, numericBinning, runs } from './fixtures.js';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

describe('words', () => {
  it('names a feature in words where the locales have it, else by its own name (an analyst\'s column)', () => {
    expect(featureLabel(en, 'my_column')).toBe('my_column');
    expect(featureLabel(zh, '年龄')).toBe('年龄');
  });

  it('writes bins and reasons in both languages', () => {
    expect(binLabel(en, { type: 'interval', lower: 3, upper: 6 }, 'en')).toBe('(3, 6]');
    expect(binLabel(en, { type: 'interval', lower: null, upper: 1500 }, 'en')).toBe('≤ 1,500');
    expect(binLabel(en, { type: 'interval', lower: 0.25, upper: null }, 'en')).toBe('> 0.25');
    expect(binLabel(en, { type: 'categories', values: ['bank', 'app'] }, 'en')).toBe('bank, app');
    expect(binLabel(zh, { type: 'missing' }, 'zh-CN')).toBe('缺失');
    expect(reasonText(en, { feature: 'x1', pointsLost: 23.6, bin: '(15, 30]' }, 'en')).toBe('x1: (15, 30] (−24 points)');
    expect(reasonText(zh, { feature: 'x1', pointsLost: 8, bin: 'missing' }, 'zh-CN')).toBe('x1：缺失（扣 8 分）');
    expect(dimensionKeyLabel(zh, 'category', 'residential')).toBe('居民生活');
    // Usage categories in words, in bins and reasons alike; other categories as the data has them.
    expect(binLabel(zh, { type: 'categories', values: ['agricultural', 'large_industry'] }, 'zh-CN', 'category')).toBe('农业生产、大工业');
    expect(reasonText(en, { feature: 'category', pointsLost: 5, bin: 'agricultural, large_industry' }, 'en')).toBe('Usage category: Agricultural, Large industry (−5 points)');
    expect(binText(en, 'bank, app', 'channel_main')).toBe('bank, app');
    expect(dimensionKeyLabel(en, 'industry', '')).toBe('Unknown');
  });
});

describe('collection list filters', () => {
  it('sends only the filters set, the minimum probability typed in percent as a share', () => {
    expect(customerQuery(noFilter, 'expectedLoss', null)).toEqual({ sort: 'expectedLoss' });
    expect(
      customerQuery({ search: ' 31 ', grades: ['D', 'E'], areaId: '', category: 'commercial', industry: ' ', reason: 'maxDaysLate12', minProbability: '25' }, 'score', 7),
    ).toEqual({ sort: 'score', runId: 7, search: '31', grades: ['D', 'E'], category: 'commercial', reason: 'maxDaysLate12', minProbability: 0.25 });
    expect(minProbabilityOf('150')).toBeUndefined();
    expect(minProbabilityOf('')).toBeUndefined();
    expect(minProbabilityOf('0')).toBe(0);
  });
});

describe('bin editor', () => {
  it('shows the current cuts or groups as text', () => {
    expect(binEditText(numericBinning)).toBe('0, 15.5');
    expect(binEditText(categoricalBinning)).toBe('bank, app\ncounter');
  });

  it('reads cuts sorted and distinct, and groups with each category once', () => {
    expect(parseBinEdit('numeric', '10, 3，3 0')).toEqual({ cuts: [0, 3, 10] });
    expect(parseBinEdit('numeric', '3, x')).toBeNull();
    expect(parseBinEdit('numeric', ' ')).toBeNull();
    expect(parseBinEdit('categorical', 'bank、app\n\ncounter')).toEqual({ groups: [['bank', 'app'], ['counter']] });
    expect(parseBinEdit('categorical', 'bank, app')).toBeNull();
    expect(parseBinEdit('categorical', 'bank\nbank, app')).toBeNull();
  });
});

describe('figures', () => {
  it('takes the share of grades D and E', () => {
    expect(riskyShare(runs[0]!)).toBeCloseTo(0.15);
    expect(riskyShare({ customers: 0, byGrade: { A: 0, B: 0, C: 0, D: 0, E: 0 } })).toBeNull();
  });

  it('checks the scaling as the engine does', () => {
    expect(scalingOf({ baseScore: '600', baseOdds: '50', pdo: '20' })).toEqual({ baseScore: 600, baseOdds: 50, pdo: 20 });
    expect(scalingOf({ baseScore: '600', baseOdds: '0', pdo: '20' })).toBeNull();
    expect(scalingOf({ baseScore: '', baseOdds: '50', pdo: '20' })).toBeNull();
  });

  it('marks bills paid late and bills still owed', () => {
    expect(lateness({ daysLate: 12, paidDay: '2025-03-20', arrearsYuan: 0 })).toBe('late');
    expect(lateness({ daysLate: null, paidDay: null, arrearsYuan: 120 })).toBe('unpaid');
    expect(lateness({ daysLate: 0, paidDay: '2025-03-01', arrearsYuan: 0 })).toBeNull();
  });

  it('tells the better model per metric and reads IV in words', () => {
    expect(better(model.validation.scorecard, model.validation.challenger, 'auc')).toBe('challenger');
    expect(better(model.validation.scorecard, model.validation.challenger, 'lift10')).toBeNull();
    expect([0.01, 0.05, 0.2, 0.5].map(ivStrength)).toEqual(['none', 'weak', 'medium', 'strong']);
  });
});

describe('retraining day', () => {
  it('passes back the scoring day: the features\' day plus the horizon, month ends kept', () => {
    expect(addMonths('2025-08-31', 3)).toBe('2025-11-30');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-01-15', 12)).toBe('2026-01-15');
    expect(addMonths('2025-01-30', 1)).toBe('2025-02-28');
    expect(retrainAsOf({ asOf: '2025-06-30', horizonMonths: 6 })).toBe('2025-12-31');
    expect(retrainAsOf({ asOf: null, horizonMonths: null })).toBeUndefined();
  });
});
