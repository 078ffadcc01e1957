// The command line's ranked list: customer,score,rank,reasons,estimated_loss_kwh, one row per
// unit in rank order (score to 4 decimals, the top three reason codes joined by ';', kWh to 1
// decimal). A stable interface: automated checks read it.
import type { ScoreResult } from './scoreWorkspace.js';

export const CSV_HEADER = 'customer,score,rank,reasons,estimated_loss_kwh';
const TOP_REASONS = 3;

export function scoresCsv(result: ScoreResult): string {
  const lines = [CSV_HEADER];
  for (const s of result.suspects) {
    const reasons = s.reasons.slice(0, TOP_REASONS).map((r) => r.code).join(';');
    lines.push([csvCell(s.unit.id), s.score.toFixed(4), s.rank, reasons, s.loss.kwh.toFixed(1)].join(','));
  }
  return lines.join('\n') + '\n';
}

/** Quotes a cell holding a comma, quote or line break (a meter number could). */
function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
