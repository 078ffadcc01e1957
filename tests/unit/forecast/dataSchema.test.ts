// Schema 2 (engine/store/migrations/m002_forecast.ts): a workspace of schema 1 upgrades in place
// when opened; and the holiday table a workspace forecasts with (engine/forecast/holidayTable.ts).
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { holidayCalendarInfo, saveHolidayTable, workspaceHolidayCalendar } from '../../../engine/forecast/holidayTable.js';
import { APPLICATION_ID, getMeta, openWorkspaceDb } from '../../../engine/store/database.js';
import { latestVersion, migrations } from '../../../engine/store/migrations/index.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace } from './dataWorkspace.js';

afterAll(removeTempDirs);

/** A workspace as the first release wrote it: migration 1 alone, with a customer in it. */
function schema1Workspace(): string {
  const file = path.join(makeTempDir(), 'v1.workbench');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
  const first = migrations[0]!;
  db.exec(first.sql);
  db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(first.version, first.name, '2026-11-20T09:00:00.000Z');
  db.pragma(`user_version = ${first.version}`);
  db.prepare(`INSERT INTO customers (customer_id, name) VALUES ('K1', '示范纺织有限公司')`).run();
  db.close();
  return file;
}

const tables = (db: Database.Database) => db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];

describe('schema 2', () => {
  it('is named forecast', () => {
    expect(migrations[1]).toMatchObject({ version: 2, name: 'forecast' });
  });

  it('upgrades a schema 1 workspace in place when opened, keeping its data', () => {
    const file = schema1Workspace();
    const before = new Database(file, { readonly: true });
    expect(tables(before)).not.toContain('forecast_runs');
    before.close();

    const db = openWorkspaceDb(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
      expect(tables(db)).toEqual(expect.arrayContaining(['forecast_runs', 'forecast_points', 'forecast_overrides', 'holiday_days']));
      expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual(
        migrations.map((m) => ({ version: m.version, name: m.name })),
      );
      expect(db.prepare('SELECT name FROM customers').pluck().get()).toBe('示范纺织有限公司');
      // The tables take what the forecast module writes, strictly typed.
      db.prepare(`INSERT INTO forecast_runs (name, created_at, scope, resolution, start_ts, horizon_hours, model, chosen, detail) VALUES ('r', 'now', 'all', 'hour', 202501010000, 24, 'auto', 'vanilla', '{}')`).run();
      expect(() => db.prepare(`INSERT INTO forecast_points (run_id, step, ts, forecast, p10, p50, p90, models) VALUES (1, 0, 'noon', 1, 1, 1, 1, '{}')`).run()).toThrow(
        /cannot store TEXT value in INTEGER column/,
      );
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'forecast_runs_batch'`).pluck().get()).toBe('forecast_runs_batch');
    } finally {
      db.close();
    }
    // Opened again, nothing more to do.
    const again = openWorkspaceDb(file, { readonly: true });
    expect(again.prepare('SELECT COUNT(*) FROM forecast_runs').pluck().get()).toBe(1);
    again.close();
  });

  it('refuses to read a schema 1 workspace without upgrading it', () => {
    expect(() => openWorkspaceDb(schema1Workspace(), { readonly: true })).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });
});

describe('the holiday table', () => {
  it('is the built-in Chinese table until the workspace saves its own', () => {
    const { db } = new TestWorkspace();
    const info = holidayCalendarInfo(db);
    expect(info.source).toBe('builtin');
    expect(info.entries).toContainEqual({ day: '2025-01-29', type: 'holiday', festival: '春节' });
    expect(info.entries).toContainEqual({ day: '2025-01-26', type: 'workday', festival: '春节' });
    expect(workspaceHolidayCalendar(db).kind(20250129)).toBe('holiday');
    expect(db.prepare('SELECT COUNT(*) FROM holiday_days').pluck().get()).toBe(0);
  });

  it("uses the workspace's own table once saved, with its Spring Festival blocks, and goes back on reset", () => {
    const { db } = new TestWorkspace();
    const saved = saveHolidayTable(db, [
      { day: '2031-01-22', type: 'holiday', festival: '春节' },
      { day: '2031-01-23', type: 'holiday', festival: '春节' },
      { day: '2031-01-25', type: 'workday', festival: '春节' },
      { day: '2031-05-01', type: 'holiday', festival: ' 劳动节 ' },
      { day: '2031-05-01', type: 'holiday', festival: '劳动节' },
    ]);
    expect(saved.source).toBe('workspace');
    expect(saved.entries).toEqual([
      { day: '2031-01-22', type: 'holiday', festival: '春节' },
      { day: '2031-01-23', type: 'holiday', festival: '春节' },
      { day: '2031-01-25', type: 'workday', festival: '春节' },
      { day: '2031-05-01', type: 'holiday', festival: '劳动节' },
    ]);
    const calendar = workspaceHolidayCalendar(db);
    expect(calendar.kind(20310122)).toBe('holiday');
    expect(calendar.kind(20310125)).toBe('makeup_workday'); // a Saturday worked
    expect(calendar.festival(20310501)).toBe('劳动节');
    expect(calendar.springFestivals()).toEqual([[20310122, 20310123]]);
    expect(calendar.kind(20250129)).toBe('workday'); // the built-in table no longer applies

    const reset = saveHolidayTable(db, 'reset');
    expect(reset.source).toBe('builtin');
    expect(getMeta(db, 'holiday_table')).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) FROM holiday_days').pluck().get()).toBe(0);
    expect(workspaceHolidayCalendar(db).kind(20250129)).toBe('holiday');
  });

  it('keeps an empty table of its own as no holidays at all', () => {
    const { db } = new TestWorkspace();
    expect(saveHolidayTable(db, [])).toEqual({ source: 'workspace', entries: [] });
    expect(workspaceHolidayCalendar(db).kind(20251001)).toBe('workday'); // National Day, a Wednesday
    expect(workspaceHolidayCalendar(db).springFestivals()).toEqual([]);
  });
});
