// Saved report definitions (table reports of schema 7): the list, one, save (new or replacing
// one's name and definition, under the name of who saved it) and delete. Names are unique.
import { EngineError } from '../api/errors.js';
import type { ReportInfo, ReportSpec, SavedReport } from '../api/reportsTypes.js';
import { nowIso } from '../core/calendar.js';
import type { Db } from '../store/database.js';

interface Row {
  report_id: number;
  name: string;
  spec: string;
  updated_at: string;
  updated_by: string;
}

function saved(row: Row): SavedReport {
  const spec = JSON.parse(row.spec) as ReportSpec;
  return {
    reportId: row.report_id,
    name: row.name,
    title: spec.title,
    language: spec.language,
    period: spec.period,
    sections: spec.sections.length,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    spec,
  };
}

export function listReports(db: Db): ReportInfo[] {
  const rows = db.prepare('SELECT report_id, name, spec, updated_at, updated_by FROM reports ORDER BY updated_at DESC, report_id DESC').all() as Row[];
  return rows.map((row) => {
    const { spec: _spec, ...info } = saved(row);
    return info;
  });
}

export function getReport(db: Db, reportId: number): SavedReport {
  const row = db.prepare('SELECT report_id, name, spec, updated_at, updated_by FROM reports WHERE report_id = ?').get(reportId) as Row | undefined;
  if (!row) throw new EngineError('reports.not_found', `Report ${reportId} is not in this workspace: it may have been deleted. Pick another from the list.`, { reportId });
  return saved(row);
}

export function saveReport(db: Db, report: { reportId?: number | undefined; name: string; spec: ReportSpec }, user: string): SavedReport {
  const taken = db.prepare('SELECT report_id FROM reports WHERE name = ?').pluck().get(report.name) as number | undefined;
  if (taken !== undefined && taken !== report.reportId) {
    throw new EngineError('reports.name_taken', `A report named '${report.name}' already exists. Choose another name, or open that report and save it.`, { name: report.name });
  }
  const now = nowIso();
  const spec = JSON.stringify(report.spec);
  if (report.reportId === undefined) {
    const id = db.prepare('INSERT INTO reports (name, spec, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)').run(report.name, spec, now, now, user).lastInsertRowid;
    return getReport(db, Number(id));
  }
  getReport(db, report.reportId);
  db.prepare('UPDATE reports SET name = ?, spec = ?, updated_at = ?, updated_by = ? WHERE report_id = ?').run(report.name, spec, now, user, report.reportId);
  return getReport(db, report.reportId);
}

export function deleteReport(db: Db, reportId: number): boolean {
  return db.prepare('DELETE FROM reports WHERE report_id = ?').run(reportId).changes > 0;
}
