// The latest quality check in the workspace: written by the check job, read back as the
// summary's figures and as pages of a figure's findings.
import { EngineError } from '../api/errors.js';
import {
  qualityCodeCheck,
  type QualityCode,
  type QualityFinding,
  type QualityRowsPage,
  type QualityRunInfo,
  type QualitySort,
  type QualitySummary,
} from '../api/qualityTypes.js';
import type { DataKind } from '../api/types.js';
import { formatDay } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import type { QualityOptions } from './checks/context.js';
import type { Findings } from './findings.js';

interface CheckRecord {
  startedAt: string;
  finishedAt: string;
  seconds: number;
  options: QualityOptions;
  actor: string;
}

export function saveCheck(db: Db, check: CheckRecord, findings: Findings): QualityRunInfo {
  return db.transaction(() => {
    const checkId = Number(
      db
        .prepare('INSERT INTO quality_checks (started_at, finished_at, seconds, options, findings, actor) VALUES (?, ?, ?, ?, ?, ?)')
        .run(check.startedAt, check.finishedAt, check.seconds, JSON.stringify(check.options), findings.total, check.actor).lastInsertRowid,
    );
    db.prepare('DELETE FROM quality_checks WHERE check_id <> ?').run(checkId);
    const figure = db.prepare('INSERT INTO quality_figures (check_id, kind, code, findings, entities, amount, kept) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const finding = db.prepare('INSERT INTO quality_findings (check_id, kind, code, entity, day, value, expected, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const f of findings.figures.values()) {
      figure.run(checkId, f.kind, f.code, f.findings, f.entities.size, f.amount, f.rows.length);
      for (const r of f.rows) finding.run(checkId, r.kind, r.code, r.entity, r.day, r.value, r.expected, r.detail);
    }
    return runInfo(db)!;
  })();
}

function runInfo(db: Db): QualityRunInfo | null {
  const row = db.prepare('SELECT check_id AS checkId, started_at AS startedAt, finished_at AS finishedAt, seconds, options, findings FROM quality_checks ORDER BY check_id DESC LIMIT 1').get() as
    | (Omit<QualityRunInfo, 'madK'> & { options: string })
    | undefined;
  if (!row) return null;
  const { options, ...info } = row;
  return { ...info, madK: (JSON.parse(options) as QualityOptions).madK };
}

export function qualitySummary(db: Db): QualitySummary {
  const run = runInfo(db);
  if (!run) return { run: null, items: [] };
  const figures = db.prepare('SELECT kind, code, findings, entities, amount, kept FROM quality_figures WHERE check_id = ? ORDER BY kind, code').all(run.checkId) as {
    kind: DataKind;
    code: QualityCode;
    findings: number;
    entities: number;
    amount: number;
    kept: number;
  }[];
  return { run, items: figures.map((f) => ({ check: qualityCodeCheck[f.code], ...f })) };
}

export interface RowsArgs {
  kind: DataKind;
  code: QualityCode;
  sort: QualitySort;
  descending: boolean;
  offset: number;
  limit: number;
}

const ORDER: Record<QualitySort, string> = { entity: 'entity', day: 'day', value: 'value' };

export function qualityRows(db: Db, args: RowsArgs): QualityRowsPage {
  const run = runInfo(db);
  if (!run) throw new EngineError('quality.not_checked', 'The workspace has not been checked yet. Run the data quality check first.');
  const total = (db.prepare('SELECT kept FROM quality_figures WHERE check_id = ? AND kind = ? AND code = ?').pluck().get(run.checkId, args.kind, args.code) as number | undefined) ?? 0;
  const direction = args.descending ? 'DESC' : 'ASC';
  const rows = db
    .prepare(
      `SELECT kind, code, entity, day, value, expected, detail FROM quality_findings WHERE check_id = ? AND kind = ? AND code = ?
        ORDER BY ${ORDER[args.sort]} ${direction} NULLS LAST, entity, day LIMIT ? OFFSET ?`,
    )
    .all(run.checkId, args.kind, args.code, args.limit, args.offset) as (Omit<QualityFinding, 'day'> & { day: number | null })[];
  return { total, rows: rows.map((r) => ({ ...r, day: r.day === null ? null : formatDay(r.day) })) };
}
