// Predictions as the command line writes them: row,label,confidence, one line per data row of
// the input in its order (row = the 1-based data row, the header not counted; confidence to 4
// decimals). A stable interface: automated checks read it.
import { csvText } from '../core/exportFile.js';
import type { Prediction } from './model.js';

export const PREDICTIONS_CSV_HEADER = 'row,label,confidence';

export function predictionsCsv(predictions: readonly Prediction[]): string {
  const lines = [PREDICTIONS_CSV_HEADER];
  predictions.forEach((p, i) => lines.push(`${i + 1},${csvText(p.label)},${p.confidence.toFixed(4)}`));
  return lines.join('\n') + '\n';
}
