// Theft cases through the Engine and its workers on a small demo workspace scored for theft: a
// case opened from the top suspect, followed through inspection to its outcome with a note, an
// attachment and an adjusted estimate; its evidence; the hit rate; and the errors a user meets.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../engine/api/casesTypes.js';
import type { Engine } from '../../engine/host/engine.js';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { caseOutcomes } from '../../engine/theft/cases/outcomes.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;
let file: string;
let opened: CaseDetail;

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir();
  file = path.join(dir, 'cases.workbench');
  await engine.runJob('demo.create', { path: file, seed: 3, customers: 300, days: 400, open: false });
  await engine.openWorkspace(file);
  await engine.runJob('theft.score', {});
  const top = await engine.call('theft.suspects', { limit: 1 });
  opened = await engine.runJob('cases.open', { customerId: top.rows[0]!.customerId, user: '李审计', assignee: '王检查', dueDay: '2026-01-15' });
}, 300_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('a case from the top suspect', () => {
  it('opens with the run, score, reasons and estimate', () => {
    expect(opened).toMatchObject({ status: 'to_inspect', openedBy: '李审计', assignee: '王检查', dueDay: '2026-01-15', runId: expect.any(Number) });
    expect(opened.reasons.length).toBeGreaterThan(0);
    expect(opened.history).toEqual([expect.objectContaining({ action: 'opened', who: '李审计' })]);
    if (opened.estimate) expect(opened.estimate.kwh).toBeCloseTo(Math.max(0, opened.estimate.baselineKwhPerDay * opened.estimate.days - opened.estimate.meteredKwh), 0);
  });

  it('refuses a second open case for the customer, naming the first', async () => {
    await expect(engine.runJob('cases.open', { customerId: opened.customerId })).rejects.toMatchObject({
      code: 'cases.already_open',
      details: expect.objectContaining({ caseId: opened.caseId }),
    });
  });

  it('goes through inspection to its outcome, with a note, a file and an adjusted estimate', async () => {
    const { caseId } = opened;
    await expect(engine.runJob('cases.update', { caseId, status: 'cleared' })).rejects.toMatchObject({ code: 'cases.bad_transition' });
    await engine.runJob('cases.update', { caseId, status: 'inspecting', user: '王检查' });
    await engine.runJob('cases.note', { caseId, text: '现场发现表箱封印破损', user: '王检查' });
    const photo = path.join(dir, '表箱.jpg');
    fs.writeFileSync(photo, Buffer.from('not really a jpeg, but bytes all the same'));
    const attached = await engine.runJob('cases.attach', { caseId, path: photo, user: '王检查' });
    expect(attached).toMatchObject({ name: '表箱.jpg', type: 'image/jpeg', size: fs.statSync(photo).size });
    const closed = await engine.runJob('cases.update', {
      caseId,
      status: 'confirmed_theft',
      inspectionDay: '2025-12-20',
      findings: '电流回路短接',
      adjustment: { kwh: 1234, yuan: 800, reason: '按现场核定' },
      user: '王检查',
    });
    expect(closed).toMatchObject({ status: 'confirmed_theft', inspectionDay: '2025-12-20', backKwh: 1234, backYuan: 800, findings: '电流回路短接' });
    const got = await engine.call('cases.get', { caseId });
    expect(got.history.map((h) => h.action)).toEqual(['opened', 'status', 'note', 'file', 'status', 'dates', 'findings', ...(got.changeDay ? ['estimate'] : []), 'estimate']);
    expect(got.notes).toHaveLength(1);
    expect(got.files).toEqual([expect.objectContaining({ fileId: attached.fileId, sha256: attached.sha256 })]);
    // The attachment's bytes come back, to the exports folder without a path.
    const out = await engine.runJob('cases.file', { fileId: attached.fileId });
    expect(fs.readFileSync(out.path)).toEqual(fs.readFileSync(photo));
    // The outcome is there for the detector to learn from, and counts in the hit rate.
    const db = openWorkspaceDb(file, { readonly: true });
    expect(caseOutcomes(db)).toEqual([{ customerId: opened.customerId, day: 20251220, outcome: 'theft' }]);
    db.close();
    const rate = await engine.call('cases.hitRate', {});
    expect(rate.overall).toEqual({ inspected: 1, confirmed: 1, rate: 1 });
    expect(rate.byMonth).toEqual([{ month: '2025-12', inspected: 1, confirmed: 1, rate: 1 }]);
    expect(rate.byReason.map((r) => r.reason).sort()).toEqual([...new Set(opened.reasons)].sort());
    const list = await engine.call('cases.list', { status: ['confirmed_theft'] });
    expect(list).toMatchObject({ total: 1, rows: [expect.objectContaining({ caseId })] });
  });
});

describe('evidence', () => {
  it('shows the suspect year of consumption, peers, area loss, events and bills', async () => {
    const e = await engine.call('cases.evidence', { customerId: opened.customerId });
    expect(e.days).toHaveLength(365);
    expect(e.peers.basis).not.toBe('none');
    expect(e.peers.count).toBeGreaterThanOrEqual(3);
    expect(e.days.filter((d) => d.p50 !== null).length).toBeGreaterThan(300);
    expect(e.areaLossMonthly.length).toBeGreaterThan(12);
    expect(e.bills.length).toBeGreaterThan(0);
  });
});

describe('errors', () => {
  it('names the missing case, customer and file, and checks arguments', async () => {
    await expect(engine.call('cases.get', { caseId: 999 })).rejects.toMatchObject({ code: 'cases.not_found' });
    await expect(engine.runJob('cases.open', { customerId: 'no-such-customer' })).rejects.toMatchObject({ code: 'cases.unknown_customer' });
    await expect(engine.runJob('cases.file', { fileId: 999 })).rejects.toMatchObject({ code: 'cases.file_not_found' });
    await expect(engine.call('cases.update', { caseId: 1, adjustment: { kwh: 1, reason: '' } })).rejects.toMatchObject({ code: 'validation' });
  });
});
