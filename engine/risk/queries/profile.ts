// One customer's risk profile: the archive's facts, the customer's latest scored row, the score
// history over the runs of that row's model (one point per as-of day), the feature values as then
// scored with the bin each fell in and the points it earned against the feature's best, the
// analyst's adjustments, and the last bills with how late each was paid.
import { EngineError } from '../../api/errors.js';
import type { RiskBillRow, RiskGrade, RiskProfile } from '../../api/riskTypes.js';
import { maskName } from '../../catalog/mask.js';
import { daysBetween, formatDay, formatMonth, type Day, type Month } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { adjustmentsOf } from '../adjust/adjust.js';
import { binIndex } from '../scorecard/assign.js';
import { binText } from '../scorecard/binText.js';
import { getModel } from '../store/models.js';
import { adjustedCte, customerRow, rowColumns, scoredFrom, type CustomerRowData } from './customerRows.js';

/** Bills the profile shows, the latest months. */
export const PROFILE_BILLS = 24;

interface ArchiveRow {
  name: string | null;
  category: string | null;
  industry: string | null;
  area_id: string | null;
  prepaid: number | null;
}

interface BillRow {
  month: Month;
  kwh: number | null;
  billed_yuan: number;
  paid_yuan: number;
  due_day: Day | null;
  paid_day: Day | null;
  channel: string | null;
  arrears_yuan: number;
  late_fee_yuan: number;
}

export function customerProfile(db: Db, customerId: string): RiskProfile {
  const archive = db.prepare('SELECT name, category, industry, area_id, prepaid FROM customers WHERE customer_id = ?').get(customerId) as ArchiveRow | undefined;
  const latest = db
    .prepare(`WITH ${adjustedCte} SELECT ${rowColumns}, s.features, r.model_id FROM ${scoredFrom} JOIN risk_runs r ON r.run_id = s.run_id WHERE s.customer_id = ? ORDER BY s.run_id DESC LIMIT 1`)
    .get(customerId) as (CustomerRowData & { features: string; model_id: number }) | undefined;
  if (!archive && !latest) throw new EngineError('not_found', `There is no customer ${customerId} in this workspace.`, { customerId });
  return {
    customerId,
    customerName: archive?.name ? maskName(archive.name) : null,
    category: archive?.category ?? null,
    industry: archive?.industry ?? null,
    areaId: archive?.area_id ?? null,
    prepaid: archive?.prepaid === null || archive?.prepaid === undefined ? null : archive.prepaid === 1,
    latest: latest ? customerRow(latest) : null,
    history: latest ? scoreHistory(db, customerId, latest.model_id) : [],
    features: latest ? featurePoints(db, latest.model_id, JSON.parse(latest.features) as Record<string, number | string | null>) : [],
    adjustments: adjustmentsOf(db, customerId),
    bills: lastBills(db, customerId),
  };
}

/** The customer's score over the model's runs, oldest first; of two runs as of one day, the later made. */
function scoreHistory(db: Db, customerId: string, modelId: number): RiskProfile['history'] {
  const rows = db
    .prepare(
      `SELECT r.run_id, r.as_of, s.score, s.grade, s.probability FROM risk_scores s JOIN risk_runs r ON r.run_id = s.run_id
       WHERE s.customer_id = ? AND r.model_id = ? ORDER BY r.as_of, r.run_id`,
    )
    .all(customerId, modelId) as { run_id: number; as_of: Day; score: number; grade: RiskGrade; probability: number }[];
  const byDay = new Map<Day, RiskProfile['history'][number]>();
  for (const r of rows) byDay.set(r.as_of, { runId: r.run_id, asOf: formatDay(r.as_of), score: r.score, grade: r.grade, probability: r.probability });
  return [...byDay.values()];
}

/** The scorecard's features with the customer's value, bin and points, the most points lost first. */
function featurePoints(db: Db, modelId: number, values: Record<string, number | string | null>): RiskProfile['features'] {
  const { model } = getModel(db, modelId);
  return model.binnings
    .filter((b) => b.selected)
    .map((binning) => {
      const value = values[binning.feature] ?? null;
      const bin = binning.bins[binIndex(binning, value)]!;
      return {
        feature: binning.feature,
        side: binning.side,
        value,
        bin: binText(bin.range),
        points: bin.points,
        bestPoints: Math.max(...binning.bins.map((b) => b.points)),
      };
    })
    .sort((a, b) => b.bestPoints - b.points - (a.bestPoints - a.points));
}

/** The last PROFILE_BILLS bills, oldest first. Days late: 0 when paid by the due day, null while unpaid. */
function lastBills(db: Db, customerId: string): RiskBillRow[] {
  const rows = db
    .prepare(
      `SELECT month, kwh, billed_yuan, paid_yuan, due_day, paid_day, channel, arrears_yuan, late_fee_yuan
       FROM bills WHERE customer_id = ? ORDER BY month DESC LIMIT ?`,
    )
    .all(customerId, PROFILE_BILLS) as BillRow[];
  return rows.reverse().map((b) => ({
    month: formatMonth(b.month),
    kwh: b.kwh,
    billedYuan: b.billed_yuan,
    paidYuan: b.paid_yuan,
    dueDay: b.due_day === null ? null : formatDay(b.due_day),
    paidDay: b.paid_day === null ? null : formatDay(b.paid_day),
    daysLate: b.due_day === null || b.paid_day === null ? null : Math.max(0, daysBetween(b.due_day, b.paid_day)),
    channel: b.channel,
    arrearsYuan: b.arrears_yuan,
    lateFeeYuan: b.late_fee_yuan,
  }));
}
