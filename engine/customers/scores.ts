// Every score the workbench keeps for a customer, each from its module's latest run and null
// when that module has not run or has no row for the customer: arrears risk (risk_scores, with
// the analyst's grade where set), theft suspicion (theft_scores, and an open case), the load-shape
// segment (customer_segments) and the sensitive-customer tags (customer_tags).
import type { CustomerRiskScore, CustomerSegment, CustomerTag, CustomerTheftScore } from '../api/customersTypes.js';
import type { ReasonCode, RiskGrade } from '../api/riskModelTypes.js';
import type { TheftReason } from '../api/theftTypes.js';
import { formatDay } from '../core/calendar.js';
import type { Db } from '../store/database.js';

export function riskScore(db: Db, customerId: string): CustomerRiskScore | null {
  const r = db
    .prepare(
      `SELECT s.run_id, r.as_of, s.grade, s.score, s.probability, s.outstanding_yuan, s.reasons,
         (SELECT a.grade FROM risk_adjustments a WHERE a.customer_id = s.customer_id ORDER BY a.adjustment_id DESC LIMIT 1) AS adjusted_grade
       FROM risk_scores s JOIN risk_runs r ON r.run_id = s.run_id
       WHERE s.run_id = (SELECT max(run_id) FROM risk_runs) AND s.customer_id = ?`,
    )
    .get(customerId) as
    | { run_id: number; as_of: number; grade: string; score: number; probability: number; outstanding_yuan: number; reasons: string; adjusted_grade: string | null }
    | undefined;
  if (!r) return null;
  return {
    runId: r.run_id,
    asOf: formatDay(r.as_of),
    grade: r.grade as RiskGrade,
    adjustedGrade: r.adjusted_grade as RiskGrade | null,
    score: r.score,
    probability: r.probability,
    outstandingYuan: r.outstanding_yuan,
    reasons: JSON.parse(r.reasons) as ReasonCode[],
  };
}

export function theftScore(db: Db, customerId: string): CustomerTheftScore | null {
  const r = db
    .prepare(
      `SELECT s.run_id, r.as_of, r.customers, s.rank, s.score, s.loss_kwh, s.reasons
       FROM theft_scores s JOIN theft_score_runs r ON r.run_id = s.run_id
       WHERE s.run_id = (SELECT max(run_id) FROM theft_score_runs) AND s.customer_id = ?`,
    )
    .get(customerId) as { run_id: number; as_of: number; customers: number; rank: number; score: number; loss_kwh: number; reasons: string } | undefined;
  if (!r) return null;
  const open = db.prepare(`SELECT case_id FROM theft_cases WHERE customer_id = ? AND status IN ('to_inspect', 'inspecting')`).get(customerId) as
    | { case_id: number }
    | undefined;
  return {
    runId: r.run_id,
    asOf: formatDay(r.as_of),
    rank: r.rank,
    of: r.customers,
    score: r.score,
    lossKwh: r.loss_kwh,
    reasons: JSON.parse(r.reasons) as TheftReason[],
    openCaseId: open?.case_id ?? null,
  };
}

/** The latest segmentation run's id, or null. */
export function latestSegmentRun(db: Db): number | null {
  return (db.prepare('SELECT max(run_id) AS id FROM segment_runs').get() as { id: number | null }).id;
}

export function customerSegment(db: Db, customerId: string): CustomerSegment | null {
  const runId = latestSegmentRun(db);
  if (runId === null) return null;
  const r = db.prepare('SELECT category, cluster, cluster_name FROM customer_segments WHERE run_id = ? AND customer_id = ?').get(runId, customerId) as
    | { category: string; cluster: number; cluster_name: string }
    | undefined;
  return r ? { runId, category: r.category, cluster: r.cluster, clusterName: r.cluster_name } : null;
}

export function customerTags(db: Db, customerId: string): CustomerTag[] {
  const rows = db.prepare('SELECT tag, first_day, last_day, count, detail FROM customer_tags WHERE customer_id = ? ORDER BY tag').all(customerId) as {
    tag: string;
    first_day: number;
    last_day: number;
    count: number;
    detail: string;
  }[];
  return rows.map((r) => ({ tag: r.tag, firstDay: formatDay(r.first_day), lastDay: formatDay(r.last_day), count: r.count, detail: JSON.parse(r.detail) as unknown }));
}
