// Outcomes as labels for the supervised model: imported inspections and the workspace's closed
// cases (engine/theft/cases/outcomes.ts); theft and contract violation are positives, cleared
// negatives. Only outcomes on or before the scoring day count.
import type { Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { caseOutcomes } from '../cases/outcomes.js';

export interface Label {
  unit: number;
  day: Day;
  positive: boolean;
}

export function loadLabels(db: Db, asOf: Day, unitOfCustomer: Map<string, number>): Label[] {
  const inspections = db.prepare('SELECT customer_id AS customerId, day, outcome FROM inspections WHERE day <= ?').all(asOf) as {
    customerId: string;
    day: number;
    outcome: string;
  }[];
  const seen = new Set<string>();
  const labels: Label[] = [];
  for (const r of [...inspections, ...caseOutcomes(db)]) {
    const unit = unitOfCustomer.get(r.customerId);
    // A case closed on an imported inspection's day is that inspection: counted once.
    const key = `${r.customerId}|${r.day}`;
    if (unit === undefined || r.day > asOf || seen.has(key)) continue;
    seen.add(key);
    labels.push({ unit, day: r.day, positive: r.outcome === 'theft' || r.outcome === 'violation' });
  }
  return labels;
}
