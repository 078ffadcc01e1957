// Accuracy, per-label precision / recall / F1 and their unweighted mean (macro-F1).
import type { TextMetrics } from '../api/textTypes.js';

export function classificationMetrics(truth: Int32Array, predicted: Int32Array, labels: string[], folds: number): TextMetrics {
  const k = labels.length;
  const tp = new Float64Array(k);
  const predictedCount = new Float64Array(k);
  const support = new Float64Array(k);
  let correct = 0;
  for (let i = 0; i < truth.length; i++) {
    support[truth[i]]++;
    predictedCount[predicted[i]]++;
    if (truth[i] === predicted[i]) {
      tp[truth[i]]++;
      correct++;
    }
  }
  const perLabel = labels.map((label, l) => {
    const precision = predictedCount[l] > 0 ? tp[l] / predictedCount[l] : 0;
    const recall = support[l] > 0 ? tp[l] / support[l] : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support: support[l] };
  });
  return {
    folds,
    accuracy: truth.length > 0 ? correct / truth.length : 0,
    macroF1: perLabel.reduce((s, m) => s + m.f1, 0) / Math.max(k, 1),
    perLabel,
  };
}
