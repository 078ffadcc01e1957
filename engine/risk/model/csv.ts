// Scores as the command line writes them: id,probability,score,grade,reasons, one row per scored
// row in the table's order (probability of the bad outcome to 6 decimals, the score to 1, the
// reason codes' feature names, most costly first, joined by ';'). A stable interface: automated
// checks read it.
import type { RiskScore } from './types.js';
import { csvText } from '../../core/exportFile.js';

export const SCORES_CSV_HEADER = 'id,probability,score,grade,reasons';

export function scoresCsv(scores: readonly RiskScore[]): string {
  const lines = new Array<string>(scores.length + 1);
  lines[0] = SCORES_CSV_HEADER;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    const reasons = s.reasons.map((r) => r.feature).join(';');
    lines[i + 1] = `${csvText(s.id)},${s.probability.toFixed(6)},${s.score.toFixed(1)},${s.grade},${csvText(reasons)}`;
  }
  return lines.join('\n') + '\n';
}
