// Schema 3 (engine/store/migrations/m003_theft.ts): a workspace of schema 2 upgrades in place when
// opened; the case history refuses any change but an append.
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openWorkspaceDb } from '../../../engine/store/database.js';
import { latestVersion, migrations } from '../../../engine/store/migrations/index.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

afterAll(removeTempDirs);

/** A workspace as the forecast release wrote it: migrations 1 and 2, with a customer and a saved run. */
function schema2Workspace(): string {
  const file = path.join(makeTempDir(), 'v2.workbench');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
  for (const m of migrations.slice(0, 2)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2027-01-10T09:00:00.000Z');
  }
  db.pragma('user_version = 2');
  db.prepare(`INSERT INTO customers (customer_id, name) VALUES ('K1', '示范纺织有限公司')`).run();
  db.prepare(`INSERT INTO forecast_runs (name, created_at, scope, resolution, start_ts, horizon_hours, model, chosen, detail) VALUES ('r', 'now', 'all', 'hour', 202501010000, 24, 'auto', 'vanilla', '{}')`).run();
  db.close();
  return file;
}

const tables = (db: Database.Database) => db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];

describe('schema 3', () => {
  it('is named theft', () => {
    expect(latestVersion).toBeGreaterThanOrEqual(3);
    expect(migrations[2]).toMatchObject({ version: 3, name: 'theft' });
  });

  it('upgrades a schema 2 workspace in place when opened, keeping its data', () => {
    const file = schema2Workspace();
    const db = openWorkspaceDb(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
      expect(tables(db)).toEqual(
        expect.arrayContaining(['theft_score_runs', 'theft_scores', 'theft_cases', 'theft_case_history', 'theft_case_notes', 'theft_case_files']),
      );
      expect(db.prepare('SELECT name FROM customers').pluck().get()).toBe('示范纺织有限公司');
      expect(db.prepare('SELECT COUNT(*) FROM forecast_runs').pluck().get()).toBe(1);
      // The detector's tables take a run and its ranked suspects, strictly typed.
      db.prepare(`INSERT INTO theft_score_runs (created_at, as_of, customers, supervised, labels, detail) VALUES ('now', 20250101, 1, 0, 0, '{}')`).run();
      db.prepare(`INSERT INTO theft_scores (run_id, customer_id, rank, score, unsupervised, loss_kwh, reasons, indicators) VALUES (1, 'K1', 1, 0.9, 0.9, 120, '[]', '{}')`).run();
      expect(() =>
        db.prepare(`INSERT INTO theft_scores (run_id, customer_id, rank, score, unsupervised, loss_kwh, reasons, indicators) VALUES (1, 'K2', 'first', 0.9, 0.9, 1, '[]', '{}')`).run(),
      ).toThrow(/cannot store TEXT value in INTEGER column/);
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'theft_scores_rank'`).pluck().get()).toBe('theft_scores_rank');
    } finally {
      db.close();
    }
  });

  it('keeps the case history append-only and one open case per customer', () => {
    const db = openWorkspaceDb(path.join(makeTempDir(), 'cases.workbench'), { create: true });
    try {
      const open = db.prepare(
        `INSERT INTO theft_cases (customer_id, status, opened_at, opened_by, updated_at, reasons) VALUES ('K1', ?, 'now', 'li', 'now', '[]')`,
      );
      open.run('to_inspect');
      expect(() => open.run('inspecting')).toThrow(/UNIQUE constraint failed/);
      open.run('cleared');
      db.prepare(`INSERT INTO theft_case_history (case_id, at, who, action, detail) VALUES (1, 'now', 'li', 'opened', '{}')`).run();
      expect(() => db.prepare(`UPDATE theft_case_history SET who = 'wang'`).run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM theft_case_history').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT who FROM theft_case_history').pluck().all()).toEqual(['li']);
    } finally {
      db.close();
    }
  });
});
