// Saved score runs (theft_score_runs, theft_scores of migration 3): save one, list them, and
// read a run's suspects a page at a time with the Theft page's filters, or one suspect. A
// suspect's indicators column holds its indicator values by code and, when its loss includes
// load moved out of peak hours, that shift under TIME_OF_USE_KEY (schema 3 is released: the
// JSON column carries it).
import { EngineError } from '../api/errors.js';
import type {
  SuspectSort,
  TheftReason,
  TheftScoreRunInfo,
  TheftSuspect,
  TheftSuspectDetail,
  TheftSuspectsPage,
  TheftTimeOfUseShift,
} from '../api/theftTypes.js';
import { maskName } from '../catalog/mask.js';
import { formatDay, nowIso } from '../core/calendar.js';
import type { LossEstimate } from './loss.js';
import type { Db } from '../store/database.js';
import { SUPERVISED_SHARE, type ScoreDetail, type ScoreResult } from './scoreWorkspace.js';
import { indicatorCodes } from './types.js';

export function runInfo(result: ScoreResult, runId: number | null, createdAt: string, csvPath: string | null): TheftScoreRunInfo {
  return {
    runId,
    createdAt,
    asOf: formatDay(result.asOf),
    customers: result.units,
    supervised: result.supervised,
    labels: result.labels,
    seconds: result.detail.seconds,
    indicators: Object.fromEntries(Object.entries(result.detail.indicators).map(([code, i]) => [code, { computed: i.computed, flagged: i.flagged }])),
    csvPath,
  };
}

export function saveScoreRun(db: Db, result: ScoreResult): TheftScoreRunInfo {
  const createdAt = nowIso();
  const insert = db.prepare(
    `INSERT INTO theft_scores (run_id, customer_id, rank, score, unsupervised, supervised, loss_kwh, loss_yuan, change_day, reasons, indicators)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const runId = db.transaction(() => {
    const run = db
      .prepare('INSERT INTO theft_score_runs (created_at, as_of, customers, supervised, labels, detail) VALUES (?, ?, ?, ?, ?, ?)')
      .run(createdAt, result.asOf, result.units, result.supervised ? 1 : 0, result.labels, JSON.stringify(savedDetail(result)));
    const id = Number(run.lastInsertRowid);
    for (const s of result.suspects) {
      const values: SavedIndicators = Object.fromEntries(s.indicators.map((i) => [i.code, Math.round(i.value * 10_000) / 10_000]));
      const shift = savedShift(s.loss);
      if (shift) values[TIME_OF_USE_KEY] = shift;
      insert.run(id, s.unit.id, s.rank, s.score, s.unsupervised, s.supervised, s.loss.kwh, s.loss.yuan, s.changeDay, JSON.stringify(s.reasons), JSON.stringify(values));
    }
    return id;
  })();
  return runInfo(result, runId, createdAt, null);
}

/** Not an indicator code: the key of the time-of-use shift in a suspect's saved indicators. */
export const TIME_OF_USE_KEY = 'timeOfUse';

type SavedIndicators = Record<string, number | TheftTimeOfUseShift>;

/** The loss's time-of-use shift as saved, when it cost the utility anything. */
function savedShift(loss: LossEstimate): TheftTimeOfUseShift | null {
  const tou = loss.timeOfUse;
  if (!tou || !(tou.yuan > 0)) return null;
  return { fromDay: formatDay(tou.fromDay), days: tou.days, movedKwh: Math.round(tou.movedKwh * 10) / 10, yuan: Math.round(tou.yuan * 100) / 100 };
}

/** A run's detail as saved: the scorer's, and how its two scores were combined (the Model view shows it). */
export interface SavedDetail extends ScoreDetail {
  /** Absent from runs saved before it was recorded. */
  combination?: { supervisedShare: number };
}

function savedDetail(result: ScoreResult): SavedDetail {
  return { ...result.detail, ...(result.supervised ? { combination: { supervisedShare: SUPERVISED_SHARE } } : {}) };
}

interface RunRow {
  run_id: number;
  created_at: string;
  as_of: number;
  customers: number;
  supervised: number;
  labels: number;
  detail: string;
}

export function listScoreRuns(db: Db, limit: number): TheftScoreRunInfo[] {
  const rows = db.prepare('SELECT * FROM theft_score_runs ORDER BY run_id DESC LIMIT ?').all(limit) as RunRow[];
  return rows.map(savedRunInfo);
}

/** A saved run's summary (default: the latest); throws theft.run_not_found. */
export function scoreRun(db: Db, runId?: number): TheftScoreRunInfo {
  return savedRun(db, runId).info;
}

/** A saved run's summary and detail (default: the latest); throws theft.run_not_found. */
export function savedRun(db: Db, runId?: number): { info: TheftScoreRunInfo; detail: SavedDetail } {
  const row = db.prepare('SELECT * FROM theft_score_runs WHERE run_id = ?').get(resolveRun(db, runId)) as RunRow;
  return { info: savedRunInfo(row), detail: JSON.parse(row.detail) as SavedDetail };
}

function savedRunInfo(r: RunRow): TheftScoreRunInfo {
  const detail = JSON.parse(r.detail) as ScoreDetail;
  return {
    runId: r.run_id,
    createdAt: r.created_at,
    asOf: formatDay(r.as_of),
    customers: r.customers,
    supervised: r.supervised === 1,
    labels: r.labels,
    seconds: detail.seconds,
    indicators: Object.fromEntries(Object.entries(detail.indicators).map(([code, i]) => [code, { computed: i.computed, flagged: i.flagged }])),
    csvPath: null,
  };
}

/** The run asked for, else the latest; throws theft.run_not_found. */
function resolveRun(db: Db, runId: number | undefined): number {
  const row = (
    runId === undefined ? db.prepare('SELECT max(run_id) AS id FROM theft_score_runs').get() : db.prepare('SELECT run_id AS id FROM theft_score_runs WHERE run_id = ?').get(runId)
  ) as { id: number | null } | undefined;
  if (!row || row.id === null) {
    throw new EngineError('theft.run_not_found', runId === undefined ? 'No theft score run yet: run a score first.' : `Theft score run ${runId} does not exist.`, { runId: runId ?? null });
  }
  return row.id;
}

export interface SuspectFilter {
  runId?: number | undefined;
  search?: string | undefined;
  category?: string | undefined;
  areaId?: string | undefined;
  reason?: string | undefined;
  minScore?: number | undefined;
  sort: SuspectSort;
  offset: number;
  limit: number;
}

const orderBy: Record<SuspectSort, string> = {
  rank: 's.rank',
  score: 's.score DESC, s.rank',
  loss: 'coalesce(s.loss_yuan, s.loss_kwh) DESC, s.rank',
};

interface ScoreRow {
  run_id: number;
  customer_id: string;
  category: string | null;
  area_id: string | null;
  name: string | null;
  rank: number;
  score: number;
  unsupervised: number;
  supervised: number | null;
  loss_kwh: number;
  loss_yuan: number | null;
  change_day: number | null;
  reasons: string;
  indicators: string;
}

const selectRows = `SELECT s.*, c.category, c.area_id, c.name FROM theft_scores s LEFT JOIN customers c ON c.customer_id = s.customer_id`;

export function suspectsPage(db: Db, filter: SuspectFilter): TheftSuspectsPage {
  const runId = resolveRun(db, filter.runId);
  const where = ['s.run_id = ?'];
  const params: (string | number)[] = [runId];
  if (filter.search) {
    where.push(`s.customer_id LIKE ? ESCAPE '\\'`);
    params.push(filter.search.replace(/[\\%_]/g, (c) => `\\${c}`) + '%');
  }
  if (filter.category) {
    where.push('c.category = ?');
    params.push(filter.category);
  }
  if (filter.areaId) {
    where.push('c.area_id = ?');
    params.push(filter.areaId);
  }
  if (filter.reason) {
    where.push(`EXISTS (SELECT 1 FROM json_each(s.reasons) WHERE json_extract(value, '$.code') = ?)`);
    params.push(filter.reason);
  }
  if (filter.minScore !== undefined) {
    where.push('s.score >= ?');
    params.push(filter.minScore);
  }
  const clause = where.join(' AND ');
  const total = (db.prepare(`SELECT count(*) AS n FROM theft_scores s LEFT JOIN customers c ON c.customer_id = s.customer_id WHERE ${clause}`).get(...params) as { n: number }).n;
  const rows = db.prepare(`${selectRows} WHERE ${clause} ORDER BY ${orderBy[filter.sort]} LIMIT ? OFFSET ?`).all(...params, filter.limit, filter.offset) as ScoreRow[];
  return { total, rows: rows.map(toSuspect) };
}

export function suspectDetail(db: Db, runIdAsked: number | undefined, customerId: string): TheftSuspectDetail {
  const runId = resolveRun(db, runIdAsked);
  const row = db.prepare(`${selectRows} WHERE s.run_id = ? AND s.customer_id = ?`).get(runId, customerId) as ScoreRow | undefined;
  if (!row) throw new EngineError('not_found', `Score run ${runId} did not score customer ${customerId}.`, { runId, customerId });
  const values = JSON.parse(row.indicators) as SavedIndicators;
  const shift = values[TIME_OF_USE_KEY];
  return {
    ...toSuspect(row),
    indicators: indicatorCodes.map((code) => {
      const value = values[code];
      return { code, value: typeof value === 'number' ? value : null };
    }),
    timeOfUse: typeof shift === 'object' ? shift : null,
  };
}

function toSuspect(r: ScoreRow): TheftSuspect {
  return {
    runId: r.run_id,
    customerId: r.customer_id,
    // Masked as the data browser shows it: a case page shows the name whole.
    customerName: r.name === null ? null : maskName(r.name),
    category: r.category,
    areaId: r.area_id,
    rank: r.rank,
    score: r.score,
    unsupervised: r.unsupervised,
    supervised: r.supervised,
    lossKwh: r.loss_kwh,
    lossYuan: r.loss_yuan,
    changeDay: r.change_day === null ? null : formatDay(r.change_day),
    reasons: JSON.parse(r.reasons) as TheftReason[],
  };
}
