// Saved segmentation runs: segment_runs (the window and, in detail, every category's k, the
// silhouette per k and the clusters) and customer_segments (each customer's cluster and
// distance), and the queries the Customers page reads them with.
import { EngineError } from '../api/errors.js';
import { formatDay, nowIso } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import type {
  ClusterName,
  CustomerSegment,
  ProfileDayKind,
  SegmentCategory,
  SegmentClusters,
  SegmentCustomersPage,
  SegmentMember,
  SegmentRunInfo,
} from '../api/segmentsTypes.js';
import { readProfiles } from './profiles.js';
import type { Segmentation } from './run.js';
import { HOURS } from './naming.js';

/** segment_runs.detail. */
interface RunDetail {
  windowDays: number;
  days: ProfileDayKind;
  minDays: number;
  skipped: number;
  seconds: number;
  categories: SegmentCategory[];
}

interface RunRow {
  run_id: number;
  created_at: string;
  from_day: number;
  to_day: number;
  customers: number;
  detail: string;
}

export function categoriesOf(result: Segmentation): SegmentCategory[] {
  return result.categories.map((c) => ({
    category: c.category,
    profiles: c.members.length,
    k: c.k,
    choice: c.choice,
    scores: c.scores,
    sample: c.sample,
    clusters: c.clusters,
  }));
}

export function runInfo(result: Segmentation, runId: number | null, createdAt: string, file: string | null): SegmentRunInfo {
  return infoOf(runId, createdAt, result.profiles.fromDay, result.profiles.toDay, result.profiles.ids.length, file, detailOf(result));
}

function detailOf(result: Segmentation): RunDetail {
  const { windowDays, days, minDays } = result.options;
  return { windowDays, days, minDays, skipped: result.profiles.skipped, seconds: result.seconds, categories: categoriesOf(result) };
}

function infoOf(runId: number | null, createdAt: string, fromDay: number, toDay: number, customers: number, file: string | null, detail: RunDetail): SegmentRunInfo {
  return {
    runId,
    file,
    createdAt,
    fromDay: formatDay(fromDay),
    toDay: formatDay(toDay),
    windowDays: detail.windowDays,
    days: detail.days,
    minDays: detail.minDays,
    customers,
    skipped: detail.skipped,
    categories: detail.categories.map((c) => ({ category: c.category, profiles: c.profiles, k: c.k })),
    seconds: detail.seconds,
  };
}

export function saveRun(db: Db, result: Segmentation): SegmentRunInfo {
  const createdAt = nowIso();
  const detail = detailOf(result);
  const insert = db.prepare('INSERT INTO customer_segments (run_id, customer_id, category, cluster, cluster_name, distance) VALUES (?, ?, ?, ?, ?, ?)');
  const runId = db.transaction(() => {
    const run = db
      .prepare('INSERT INTO segment_runs (created_at, from_day, to_day, customers, detail) VALUES (?, ?, ?, ?, ?)')
      .run(createdAt, result.profiles.fromDay, result.profiles.toDay, result.profiles.ids.length, JSON.stringify(detail));
    const id = Number(run.lastInsertRowid);
    for (const c of result.categories) {
      c.members.forEach((profile, i) => {
        const cluster = c.labels[i]!;
        insert.run(id, result.profiles.ids[profile]!, c.category, cluster, c.clusters[cluster]!.name, c.distances[i]!);
      });
    }
    return id;
  })();
  return infoOf(runId, createdAt, result.profiles.fromDay, result.profiles.toDay, result.profiles.ids.length, null, detail);
}

export function listRuns(db: Db, limit: number): SegmentRunInfo[] {
  const rows = db.prepare('SELECT * FROM segment_runs ORDER BY run_id DESC LIMIT ?').all(limit) as RunRow[];
  return rows.map((row) => infoOf(row.run_id, row.created_at, row.from_day, row.to_day, row.customers, null, JSON.parse(row.detail) as RunDetail));
}

/** A saved run (default: the latest); throws segments.run_not_found. */
function savedRun(db: Db, runId: number | undefined): { row: RunRow; detail: RunDetail } {
  const row = (
    runId === undefined
      ? db.prepare('SELECT * FROM segment_runs ORDER BY run_id DESC LIMIT 1').get()
      : db.prepare('SELECT * FROM segment_runs WHERE run_id = ?').get(runId)
  ) as RunRow | undefined;
  if (!row) {
    throw new EngineError(
      'segments.run_not_found',
      runId === undefined ? 'No segmentation run yet: run one first.' : `Segmentation run ${runId} is not in this workspace.`,
      { runId: runId ?? null },
    );
  }
  return { row, detail: JSON.parse(row.detail) as RunDetail };
}

export function runClusters(db: Db, runId: number | undefined): SegmentClusters {
  const { row, detail } = savedRun(db, runId);
  return { run: infoOf(row.run_id, row.created_at, row.from_day, row.to_day, row.customers, null, detail), categories: detail.categories };
}

interface MemberRow {
  customer_id: string;
  category: string | null;
  cluster: number;
  cluster_name: string;
  distance: number;
}

function member(row: MemberRow): SegmentMember {
  return { customerId: row.customer_id, category: row.category, cluster: row.cluster, clusterName: row.cluster_name as ClusterName, distance: row.distance };
}

export interface MembersFilter {
  runId?: number | undefined;
  /** undefined: every category; null: meters without an archive. */
  category?: string | null | undefined;
  cluster?: number | undefined;
  search?: string | undefined;
  offset: number;
  limit: number;
}

/** A page of a run's customers, most typical (nearest their centroid) first. */
export function membersPage(db: Db, filter: MembersFilter): SegmentCustomersPage {
  const { row } = savedRun(db, filter.runId);
  const where = ['run_id = ?'];
  const params: (string | number | null)[] = [row.run_id];
  if (filter.category !== undefined) {
    where.push('category IS ?');
    params.push(filter.category);
  }
  if (filter.cluster !== undefined) {
    where.push('cluster = ?');
    params.push(filter.cluster);
  }
  if (filter.search) {
    // A prefix of the customer number; LIKE's wildcards in it are taken literally.
    where.push("customer_id LIKE ? ESCAPE '\\'");
    params.push(`${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const clause = where.join(' AND ');
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM customer_segments WHERE ${clause}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT customer_id, category, cluster, cluster_name, distance FROM customer_segments WHERE ${clause} ORDER BY distance, customer_id LIMIT ? OFFSET ?`)
    .all(...params, filter.limit, filter.offset) as MemberRow[];
  return { runId: row.run_id, total, rows: rows.map(member) };
}

/** One customer's segment in a run, with its profile over the run's window; null when the run did not segment it. */
export function customerSegment(db: Db, runId: number | undefined, customerId: string): CustomerSegment | null {
  const { row, detail } = savedRun(db, runId);
  const found = db
    .prepare('SELECT customer_id, category, cluster, cluster_name, distance FROM customer_segments WHERE run_id = ? AND customer_id = ?')
    .get(row.run_id, customerId) as MemberRow | undefined;
  if (!found) return null;
  const category = detail.categories.find((c) => c.category === found.category);
  const centroid = category?.clusters[found.cluster]?.centroid ?? [];
  const profiles = readProfiles(db, { toDay: row.to_day, windowDays: detail.windowDays, days: detail.days, minDays: 1, only: [customerId] });
  const profile = profiles && profiles.ids.length === 1 ? Array.from(profiles.values.subarray(0, HOURS)) : null;
  return { ...member(found), runId: row.run_id, centroid, profile };
}
