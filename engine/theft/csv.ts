// The command line's ranked list: customer,score,rank,reasons,estimated_loss_kwh, one row per
// unit in rank order (score to 4 decimals, the top three reason codes joined by ';', kWh to 1
// decimal). A stable interface: automated checks read it.
import type { ScoreResult } from './scoreWorkspace.js';
import { csvText } from '../core/exportFile.js';

export const CSV_HEADER = 'customer,score,rank,reasons,estimated_loss_kwh';
const TOP_REASONS = 3;

export function scoresCsv(result: ScoreResult): string {
  const lines = [CSV_HEADER];
  for (const s of result.suspects) {
    const reasons = s.reasons.slice(0, TOP_REASONS).map((r) => r.code).join(';');
    lines.push([csvText(s.unit.id), s.score.toFixed(4), s.rank, reasons, s.loss.kwh.toFixed(1)].join(','));
  }
  return lines.join('\n') + '\n';
}
