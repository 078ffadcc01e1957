// Theft cases (engine/theft/cases): opening from a score run, the status flow, the back-billing
// estimate and its adjustment, notes, attachments, the append-only history, outcomes, hit rate.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, type Day } from '../../../engine/core/calendar.js';
import { openCase } from '../../../engine/theft/cases/open.js';
import { updateCase } from '../../../engine/theft/cases/update.js';
import { addNote } from '../../../engine/theft/cases/notes.js';
import { attachFile, MAX_FILE_BYTES, writeCaseFile } from '../../../engine/theft/cases/files.js';
import { getCase, listCases } from '../../../engine/theft/cases/read.js';
import { caseOutcomes } from '../../../engine/theft/cases/outcomes.js';
import { hitRate } from '../../../engine/theft/cases/hitRate.js';
import type { Db } from '../../../engine/store/database.js';
import { repoRoot } from '../../helpers/paths.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace } from '../forecast/dataWorkspace.js';

afterAll(removeTempDirs);

const CHANGE: Day = 20250501;

/** K1 uses 10 kWh a day until the change day, then 4; bills at 0.55 yuan/kWh; a score run names it. */
function workspace(): Db {
  const ws = new TestWorkspace().area('A1', 'North', null).customer({ id: 'K1', area: 'A1' }).customer({ id: 'K2', area: 'A1', category: 'commercial' });
  const days = new Map<Day, number>();
  for (let d: Day = 20250101; d <= 20250630; d = addDays(d, 1)) days.set(d, d < CHANGE ? 10 : 4);
  ws.daily('MK1', days);
  const db = ws.db;
  for (const [month, kwh] of [[202502, 280], [202503, 310], [202504, 300]] as const) {
    db.prepare('INSERT INTO bills (customer_id, month, kwh, billed_yuan, import_id) VALUES (?, ?, ?, ?, 1)').run('K1', month, kwh, kwh * 0.55);
  }
  db.prepare(`INSERT INTO theft_score_runs (created_at, as_of, customers, supervised, labels, detail) VALUES ('2025-07-01T00:00:00Z', 20250630, 2, 0, 0, '{}')`).run();
  db.prepare(
    `INSERT INTO theft_scores (run_id, customer_id, rank, score, unsupervised, loss_kwh, change_day, reasons, indicators) VALUES (1, 'K1', 1, 0.91, 0.91, 366, ?, ?, '{}')`,
  ).run(CHANGE, JSON.stringify([{ code: 'own_drop', weight: 0.6 }, { code: 'meter_events', weight: 0.3 }]));
  return db;
}

let db: Db;
beforeEach(() => {
  db = workspace();
});

describe('opening a case', () => {
  it('takes the suspect from the latest score run, with the back-billing estimate', () => {
    const c = openCase(db, { customerId: 'K1', user: 'li', assignee: 'wang', dueDay: 20250715 }, '2025-07-02T08:00:00.000Z');
    expect(c).toMatchObject({ status: 'to_inspect', runId: 1, score: 0.91, reasons: ['own_drop', 'meter_events'], changeDay: '2025-05-01', openedBy: 'li', assignee: 'wang', dueDay: '2025-07-15' });
    // 61 days from the change day to the last day of data at a baseline of 10, of which 4 a day metered.
    const days = daysBetween(CHANGE, 20250630) + 1;
    expect(c.estimate).toMatchObject({ from: '2025-05-01', to: '2025-06-30', days, baselineKwhPerDay: 10, meteredKwh: 4 * days, kwh: 6 * days, priceSource: 'bills' });
    expect(c.estimate!.priceYuanPerKwh).toBeCloseTo(0.55, 4);
    expect(c.estimate!.yuan).toBeCloseTo(6 * days * 0.55, 2);
    expect(c.backKwh).toBe(6 * days);
    expect(c.history).toEqual([expect.objectContaining({ who: 'li', action: 'opened', at: '2025-07-02T08:00:00.000Z' })]);
  });

  it('charges at the category price without bills, records the OS user without a name', () => {
    const c = openCase(db, { customerId: 'K2', changeDay: CHANGE });
    expect(c.runId).toBeNull();
    expect(c.estimate).toBeNull(); // K2 has no consumption: no baseline
    expect(c.openedBy).toBe(os.userInfo().username);
    const manual = updateCase(db, { caseId: c.caseId, adjustment: { kwh: 100, reason: 'meter seal broken, 100 kWh agreed' } });
    const { yuanPerKwh } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'resources', 'tariffs', 'prices.json'), 'utf8')) as { yuanPerKwh: Record<string, number> };
    expect(manual.adjustment).toEqual({ kwh: 100, yuan: Math.round(100 * yuanPerKwh.commercial! * 100) / 100, reason: 'meter seal broken, 100 kWh agreed' });
  });

  it('refuses a second open case for the customer, naming the first, and an unknown customer', () => {
    const first = openCase(db, { customerId: 'K1' });
    expect(() => openCase(db, { customerId: 'K1' })).toThrow(expect.objectContaining({ code: 'cases.already_open', details: expect.objectContaining({ caseId: first.caseId }) }));
    expect(() => openCase(db, { customerId: 'K9' })).toThrow(expect.objectContaining({ code: 'cases.unknown_customer' }));
  });
});

describe('the status flow', () => {
  it('moves only along the allowed transitions and reopens with a reason', () => {
    const { caseId } = openCase(db, { customerId: 'K1' });
    expect(() => updateCase(db, { caseId, status: 'confirmed_theft' })).toThrow(
      expect.objectContaining({ code: 'cases.bad_transition', details: expect.objectContaining({ from: 'to_inspect', to: 'confirmed_theft', allowed: ['inspecting'] }) }),
    );
    updateCase(db, { caseId, status: 'inspecting', user: 'wang' });
    const closed = updateCase(db, { caseId, status: 'cleared', inspectionDay: 20250610, findings: 'meter intact, tenant moved out', user: 'wang' });
    expect(closed.status).toBe('cleared');
    expect(closed.closedAt).not.toBeNull();
    expect(() => updateCase(db, { caseId, status: 'to_inspect' })).toThrow(expect.objectContaining({ code: 'cases.bad_transition' }));
    expect(() => updateCase(db, { caseId, status: 'inspecting' })).toThrow(expect.objectContaining({ code: 'cases.reason_required' }));
    // While the case is closed the customer may get a new one; the old one then cannot reopen.
    const other = openCase(db, { customerId: 'K1' });
    expect(() => updateCase(db, { caseId, status: 'inspecting', reason: 'new events' })).toThrow(expect.objectContaining({ code: 'cases.already_open' }));
    updateCase(db, { caseId: other.caseId, status: 'inspecting' });
    updateCase(db, { caseId: other.caseId, status: 'cleared' });
    const reopened = updateCase(db, { caseId, status: 'inspecting', reason: 'cover-open events after the visit', user: 'li' });
    expect(reopened.closedAt).toBeNull();
    expect(reopened.history.map((h) => h.action)).toEqual(['opened', 'status', 'status', 'dates', 'findings', 'estimate', 'status']);
    expect(reopened.history.at(-1)).toMatchObject({ who: 'li', detail: { from: 'cleared', to: 'inspecting', reason: 'cover-open events after the visit' } });
  });

  it('counts the estimate to the inspection day and keeps the auditor adjustment with its reason', () => {
    const { caseId } = openCase(db, { customerId: 'K1' });
    const inspected = updateCase(db, { caseId, status: 'inspecting', inspectionDay: 20250601 });
    expect(inspected.estimate).toMatchObject({ to: '2025-05-31', days: 31, kwh: 186 });
    const adjusted = updateCase(db, { caseId, adjustment: { kwh: 150, yuan: 90, reason: 'customer away 6 days' } });
    expect(adjusted).toMatchObject({ backKwh: 150, backYuan: 90, adjustment: { kwh: 150, yuan: 90, reason: 'customer away 6 days' } });
    expect(adjusted.estimate!.kwh).toBe(186); // the estimate itself is kept
    expect(adjusted.history.at(-1)).toMatchObject({ action: 'estimate', detail: { from: { kwh: 186 }, to: { kwh: 150, yuan: 90 }, adjusted: true, reason: 'customer away 6 days' } });
    const back = updateCase(db, { caseId, adjustment: null, reason: 'agreed to the estimate' });
    expect(back).toMatchObject({ backKwh: 186, adjustment: null });
    // A call that changes nothing adds nothing.
    expect(updateCase(db, { caseId, status: 'inspecting' }).history).toHaveLength(back.history.length);
  });
});

describe('the history', () => {
  it('is append-only: a direct UPDATE or DELETE fails', () => {
    const { caseId } = openCase(db, { customerId: 'K1' });
    expect(() => db.prepare(`UPDATE theft_case_history SET who = 'someone else' WHERE case_id = ?`).run(caseId)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM theft_case_history WHERE case_id = ?').run(caseId)).toThrow(/append-only/);
    expect(getCase(db, caseId).history).toHaveLength(1);
  });
});

describe('notes and attachments', () => {
  it('keeps notes and files, and gives the bytes back', async () => {
    const { caseId } = openCase(db, { customerId: 'K1' });
    addNote(db, caseId, '表箱封印破损', 'wang');
    const dir = makeTempDir();
    const photo = path.join(dir, 'meter.jpg');
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256));
    fs.writeFileSync(photo, bytes);
    const info = attachFile(db, { caseId, path: photo, user: 'wang' });
    expect(info).toMatchObject({ name: 'meter.jpg', type: 'image/jpeg', size: 5000, sha256: createHash('sha256').update(bytes).digest('hex') });
    const out = await writeCaseFile(db, { fileId: info.fileId, folder: path.join(dir, 'out') });
    expect(out.fileName).toBe('meter.jpg');
    expect(fs.readFileSync(out.path)).toEqual(bytes);
    await expect(writeCaseFile(db, { fileId: info.fileId, path: out.path, folder: dir })).rejects.toMatchObject({ code: 'io' });
    expect((await writeCaseFile(db, { fileId: info.fileId, folder: path.join(dir, 'out') })).fileName).toBe('meter-2.jpg');
    const c = getCase(db, caseId);
    expect(c.notes).toEqual([expect.objectContaining({ who: 'wang', text: '表箱封印破损' })]);
    expect(c.files).toEqual([expect.objectContaining({ fileId: info.fileId, name: 'meter.jpg', size: 5000 })]);
    expect(c.history.map((h) => h.action)).toEqual(['opened', 'note', 'file']);
  });

  it('refuses a file over the limit with the sizes', async () => {
    const { caseId } = openCase(db, { customerId: 'K1' });
    const big = path.join(makeTempDir(), 'video.mp4');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_FILE_BYTES + 1);
    expect(() => attachFile(db, { caseId, path: big })).toThrow(expect.objectContaining({ code: 'cases.file_too_large', details: expect.objectContaining({ size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }) }));
    await expect(writeCaseFile(db, { fileId: 99, folder: makeTempDir() })).rejects.toMatchObject({ code: 'cases.file_not_found' });
  });
});

describe('lists, outcomes and the hit rate', () => {
  /** Closes a case for each [customer, reasons, outcome status, inspection day]. */
  function closeCases(rows: [string, string[], 'confirmed_theft' | 'contract_violation' | 'cleared', Day][]): void {
    for (const [customer, reasons, status, day] of rows) {
      db.prepare(`INSERT OR IGNORE INTO customers (customer_id, area_id, category) VALUES (?, 'A2', 'residential')`).run(customer);
      const id = Number(
        db.prepare(`INSERT INTO theft_cases (customer_id, status, opened_at, opened_by, updated_at, reasons) VALUES (?, 'to_inspect', 'x', 'li', 'x', ?)`).run(customer, JSON.stringify(reasons))
          .lastInsertRowid,
      );
      updateCase(db, { caseId: id, status: 'inspecting', inspectionDay: day });
      updateCase(db, { caseId: id, status });
    }
  }

  it('counts confirmed over inspected by month and by reason', () => {
    closeCases([
      ['C1', ['own_drop', 'meter_events'], 'confirmed_theft', 20250305],
      ['C2', ['own_drop'], 'cleared', 20250310],
      ['C3', ['peer_drop'], 'contract_violation', 20250320],
      ['C4', ['own_drop', 'peer_drop'], 'cleared', 20250402],
      ['C5', ['meter_events'], 'confirmed_theft', 20250415],
    ]);
    openCase(db, { customerId: 'K1' }); // open: not inspected yet
    const rate = hitRate(db);
    expect(rate.overall).toEqual({ inspected: 5, confirmed: 3, rate: 0.6 });
    expect(rate.byMonth).toEqual([
      { month: '2025-03', inspected: 3, confirmed: 2, rate: 2 / 3 },
      { month: '2025-04', inspected: 2, confirmed: 1, rate: 0.5 },
    ]);
    expect(rate.byReason).toEqual([
      { reason: 'own_drop', inspected: 3, confirmed: 1, rate: 1 / 3 },
      { reason: 'meter_events', inspected: 2, confirmed: 2, rate: 1 },
      { reason: 'peer_drop', inspected: 2, confirmed: 1, rate: 0.5 },
    ]);
    expect(hitRate(db, 20250401).overall).toEqual({ inspected: 2, confirmed: 1, rate: 0.5 });
    expect(caseOutcomes(db)).toEqual([
      { customerId: 'C1', day: 20250305, outcome: 'theft' },
      { customerId: 'C2', day: 20250310, outcome: 'cleared' },
      { customerId: 'C3', day: 20250320, outcome: 'violation' },
      { customerId: 'C4', day: 20250402, outcome: 'cleared' },
      { customerId: 'C5', day: 20250415, outcome: 'theft' },
    ]);
    expect(listCases(db, { status: ['cleared'], offset: 0, limit: 10 }).rows.map((r) => r.customerId).sort()).toEqual(['C2', 'C4']);
    const page = listCases(db, { areaId: 'A2', offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows).toHaveLength(2);
    expect(listCases(db, { areaId: 'A1', status: ['to_inspect', 'inspecting'], offset: 0, limit: 10 }).rows.map((r) => r.customerId)).toEqual(['K1']);
  });
});
