import { describe, expect, it } from 'vitest';
import { parseTextModel, textModelJson } from '../../../engine/text/json.js';
import { textPredictor } from '../../../engine/text/model.js';
import { labelTexts, matchRules } from '../../../engine/text/rules.js';
import { defaultTrainOptions, trainTextModel } from '../../../engine/text/train.js';
import { trainBinarySvm } from '../../../engine/text/svm.js';
import { stratifiedFolds } from '../../../engine/text/folds.js';
import { classificationMetrics } from '../../../engine/text/metrics.js';

// A tiny separable set: billing complaints against outage reports, different words each.
const billing = ['电费太高了', '这个月电费怎么这么多', '电费单算错了', '多收了电费', '电费账单不对', '电费比上月翻倍', '要求退还多收电费', '电费扣了两次'];
const outage = ['家里停电了', '小区突然停电', '停电一整天了', '又停电了什么时候来电', '晚上停电没人管', '停电影响生活', '频繁停电', '停电报修没人来'];
const texts = [...billing, ...outage];
const labels = [...billing.map(() => 'billing'), ...outage.map(() => 'outage')];
const options = { ...defaultTrainOptions, task: 'topic', folds: 4, minDf: 1 };

describe('linear SVM', () => {
  it('separates a separable set', () => {
    const x = [0, 1, 2, 3].map((i) => ({ index: Int32Array.of(i < 2 ? 0 : 1), value: Float32Array.of(1) }));
    const svm = trainBinarySvm(x, [true, true, false, false], 2, { c: 1, maxEpochs: 100, tolerance: 1e-6, seed: 1 });
    expect(svm.weights[0] + svm.bias).toBeGreaterThan(0);
    expect(svm.weights[1] + svm.bias).toBeLessThan(0);
  });
});

describe('text classifier', () => {
  const model = trainTextModel(texts, labels, options);

  it('learns a separable set and cross-validates it', () => {
    expect(model.classifier.labels).toEqual(['billing', 'outage']);
    expect(model.metrics.folds).toBe(4);
    expect(model.metrics.accuracy).toBeGreaterThanOrEqual(0.85);
    const predicted = textPredictor(model)(['电费又多收了', '昨晚停电到现在']);
    expect(predicted.map((p) => p.label)).toEqual(['billing', 'outage']);
    expect(predicted.every((p) => p.confidence > 0.5 && p.confidence <= 1)).toBe(true);
  });

  it('names the top terms of each label from its own texts', () => {
    const top = Object.fromEntries(model.topTerms.map((t) => [t.label, t.terms.slice(0, 5).map((x) => x.term)]));
    expect(top.billing.some((t) => t.includes('费'))).toBe(true);
    expect(top.outage.some((t) => t.includes('停'))).toBe(true);
  });

  it('leaves out top terms with punctuation and pieces of a term already named', () => {
    const marked = trainTextModel(
      texts.map((t, i) => (i % 2 ? `${t}，谢谢${i}号` : `${t}！打12398`)),
      labels,
      options,
    );
    for (const { terms } of marked.topTerms) {
      const words = terms.map((x) => x.term);
      expect(words.filter((w) => /[，！,!]/.test(w) || (/\d/.test(w) && !/^\d{5,}$/.test(w)))).toEqual([]);
      for (const [i, w] of words.entries()) {
        const bare = w.replace(/ /g, '');
        expect(words.filter((other, j) => j !== i && (other.replace(/ /g, '').includes(bare) || bare.includes(other.replace(/ /g, ''))))).toEqual([]);
      }
      expect(terms.length).toBeGreaterThan(0);
    }
  });

  it('round-trips through JSON with the same predictions', () => {
    const again = parseTextModel(textModelJson(model));
    const probe = ['电费单有问题', '停电了', '你好'];
    expect(textPredictor(again)(probe)).toEqual(textPredictor(model)(probe));
    expect(again.metrics).toEqual(model.metrics);
    expect(() => parseTextModel('{"format":"other"}')).toThrowError(expect.objectContaining({ code: 'text.bad_model' }));
  });

  it('refuses a single label or a label with too few texts', () => {
    expect(() => trainTextModel(billing, billing.map(() => 'billing'), options)).toThrowError(expect.objectContaining({ code: 'text.too_few_labels' }));
    expect(() => trainTextModel([...texts, '表扬'], [...labels, 'praise'], options)).toThrowError(expect.objectContaining({ code: 'text.too_few_labels' }));
  });

  it('puts the keyword rules before the model, the first matching rule winning', () => {
    const rules = [
      { label: 'escalation', words: ['12398', '媒体'] },
      { label: 'billing', words: ['停电'] },
    ];
    expect(matchRules(rules, '停电了我要打１２３９８')).toEqual({ rule: 0, label: 'escalation', word: '12398' });
    const out = labelTexts(['停电了', '电费多收', '停电找媒体'], rules, textPredictor(model));
    expect(out.map((o) => [o.label, o.ruleWord])).toEqual([
      ['billing', '停电'],
      ['billing', null],
      ['escalation', '媒体'],
    ]);
    expect(out[0].confidence).toBe(1);
  });
});

describe('folds and metrics', () => {
  it('deal each label evenly round the folds', () => {
    const y = Int32Array.from([...Array(10).fill(0), ...Array(5).fill(1)]);
    const fold = stratifiedFolds(y, 5, 1);
    for (let f = 0; f < 5; f++) {
      expect(y.filter((l, i) => fold[i] === f && l === 0)).toHaveLength(2);
      expect(y.filter((l, i) => fold[i] === f && l === 1)).toHaveLength(1);
    }
  });

  it('compute accuracy and macro-F1', () => {
    const m = classificationMetrics(Int32Array.of(0, 0, 1, 1), Int32Array.of(0, 1, 1, 1), ['a', 'b'], 2);
    expect(m.accuracy).toBe(0.75);
    expect(m.perLabel[0]).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(m.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 9);
  });
});
