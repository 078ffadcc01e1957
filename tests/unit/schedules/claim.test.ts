// Claiming a run: only when due (or asked for now), once however many times were missed, never
// beside a run of a live process, and a run left by a process that is gone marked interrupted.
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { claimRun, type ClaimRequest } from '../../../engine/schedules/claim.js';
import { finishRun } from '../../../engine/schedules/record.js';
import { saveSchedule } from '../../../engine/schedules/save.js';
import { listRuns } from '../../../engine/schedules/list.js';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { thisProcess } from '../../../engine/worker/jobOwner.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

const actor = { name: 'analyst1', role: 'analyst' as const };
let db: Db;
let scheduleId: number;
const savedAt = Date.parse('2026-06-01T12:00:00Z');

function claim(now: number, more: Partial<ClaimRequest> = {}) {
  return claimRun(db, { scheduleId, trigger: 'app', onlyIfDue: true, now, owner: thisProcess(), actor, runningHere: [], ...more });
}

beforeEach(() => {
  db?.close();
  db = openWorkspaceDb(path.join(makeTempDir(), 'w.workbench'), { create: true });
  scheduleId = saveSchedule(db, { name: 'theft', task: 'theft_score', options: {}, cadence: 'daily', weekday: null, time: '02:00', enabled: true }, actor, savedAt).scheduleId;
});

afterAll(() => {
  db.close();
  removeTempDirs();
});

describe('claimRun', () => {
  it('claims a due schedule once, however many of its times went by, and moves its next run past now', () => {
    const nextRunAt = Date.parse((db.prepare('SELECT next_run_at FROM schedules').get() as { next_run_at: string }).next_run_at);
    expect(claim(nextRunAt - 1000)).toEqual({ claimed: false, reason: 'not_due' });
    const weekLater = nextRunAt + 7 * 86_400_000 + 3_600_000; // the app was closed for a week
    const first = claim(weekLater);
    expect(first).toMatchObject({ claimed: true, schedule: { scheduleId, lastRun: null } });
    if (!first.claimed) throw new Error('not claimed');
    expect(Date.parse(first.schedule.nextRunAt)).toBe(nextRunAt + 8 * 86_400_000);
    finishRun(db, { runId: first.runId, status: 'succeeded', outcome: {}, now: weekLater + 1000 });
    expect(claim(weekLater + 2000)).toEqual({ claimed: false, reason: 'not_due' });
    expect(listRuns(db, { limit: 10 })).toHaveLength(1);
  });

  it('runs now when asked, leaving the schedule its times, and not while a run of a live process goes on', () => {
    const now = savedAt + 60_000;
    const before = db.prepare('SELECT next_run_at FROM schedules').get();
    const manual = claim(now, { onlyIfDue: false, trigger: 'manual' });
    if (!manual.claimed) throw new Error('not claimed');
    expect(db.prepare('SELECT next_run_at FROM schedules').get()).toEqual(before);
    expect(claim(now, { onlyIfDue: false, runningHere: [manual.runId] })).toEqual({ claimed: false, reason: 'running', runId: manual.runId });
  });

  it('marks a run whose process is gone as interrupted and claims anew', () => {
    const now = savedAt + 60_000;
    const gone = claim(now, { onlyIfDue: false, owner: { pid: 999_999_999, host: thisProcess().host } });
    if (!gone.claimed) throw new Error('not claimed');
    expect(listRuns(db, { limit: 1 })[0]).toMatchObject({ status: 'interrupted' }); // read as such at once
    expect(claim(now, { onlyIfDue: false })).toMatchObject({ claimed: true });
    expect(listRuns(db, { limit: 5 }).map((r) => r.status)).toEqual(['running', 'interrupted']);
    expect(listRuns(db, { limit: 5 })[1]!.outcome.error).toMatchObject({ code: 'schedules.interrupted' });
  });

  it('skips a disabled schedule when looking for due ones', () => {
    db.prepare('UPDATE schedules SET enabled = 0').run();
    expect(claim(savedAt + 30 * 86_400_000)).toEqual({ claimed: false, reason: 'disabled' });
  });
});
