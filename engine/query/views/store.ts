// Saved views: a query spec kept under a unique name, with who saved it last. A save creates a
// view or, given its id, renames it and/or replaces its spec; the spec is checked (parseSpec and
// the compiler's refusals) before it is kept, so a saved view always runs.
import { EngineError } from '../../api/errors.js';
import type { QuerySpecIn, SavedView, SavedViewInfo } from '../../api/queryTypes.js';
import { nowIso } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { compileSpec } from '../builder/compile.js';
import { parseSpec } from '../builder/runSpec.js';

interface ViewRow {
  view_id: number;
  name: string;
  spec: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

const info = (r: ViewRow): SavedViewInfo => ({ viewId: r.view_id, name: r.name, createdAt: r.created_at, updatedAt: r.updated_at, updatedBy: r.updated_by });

/** The views, the last changed first. */
export function listViews(db: Db): SavedViewInfo[] {
  return (db.prepare('SELECT view_id, name, created_at, updated_at, updated_by FROM saved_views ORDER BY updated_at DESC, view_id DESC').all() as ViewRow[]).map(info);
}

export function getView(db: Db, viewId: number): SavedView {
  const row = db.prepare('SELECT * FROM saved_views WHERE view_id = ?').get(viewId) as ViewRow | undefined;
  if (!row) throw new EngineError('views.not_found', `There is no saved view ${viewId}: it may have been deleted. Reload the list of views.`, { viewId });
  return { ...info(row), spec: parseSpec(JSON.parse(row.spec) as QuerySpecIn) };
}

export interface SaveView {
  viewId?: number | undefined;
  name: string;
  /** Required for a new view; absent when renaming one. */
  spec?: QuerySpecIn | undefined;
}

export function saveView(db: Db, args: SaveView, who: string): SavedView {
  const name = args.name.trim();
  const spec = args.spec === undefined ? undefined : parseSpec(args.spec);
  if (spec) compileSpec(spec);
  return db.transaction(() => {
    const taken = db.prepare('SELECT view_id FROM saved_views WHERE name = ? AND view_id IS NOT ?').pluck().get(name, args.viewId ?? null) as number | undefined;
    if (taken !== undefined) {
      throw new EngineError('views.name_taken', `A saved view is already called ${name}: choose another name, or open that view and save over it.`, { name });
    }
    const now = nowIso();
    if (args.viewId === undefined) {
      if (!spec) throw new EngineError('validation', 'A new view needs its query.', { path: ['spec'] });
      const id = db
        .prepare('INSERT INTO saved_views (name, spec, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)')
        .run(name, JSON.stringify(spec), now, now, who).lastInsertRowid;
      return getView(db, Number(id));
    }
    getView(db, args.viewId);
    db.prepare('UPDATE saved_views SET name = ?, spec = COALESCE(?, spec), updated_at = ?, updated_by = ? WHERE view_id = ?').run(
      name,
      spec ? JSON.stringify(spec) : null,
      now,
      who,
      args.viewId,
    );
    return getView(db, args.viewId);
  })();
}

export function deleteView(db: Db, viewId: number): boolean {
  return db.prepare('DELETE FROM saved_views WHERE view_id = ?').run(viewId).changes > 0;
}
