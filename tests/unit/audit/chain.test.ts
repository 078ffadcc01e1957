// The audit log's chain on a fresh workspace: canonical text and hashes, appends, and what the
// verification finds after the raw SQL a tamperer would use (triggers dropped first).
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../engine/api/types.js';
import { appendAudit, appendAuditDrafts, auditHead } from '../../../engine/audit/append.js';
import { canonicalJson } from '../../../engine/audit/canonical.js';
import { entryHash } from '../../../engine/audit/hash.js';
import { verifyAuditChain } from '../../../engine/audit/verify.js';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

const auditor: Actor = { name: '李审计', role: 'auditor' };
const analyst: Actor = { name: 'wang', role: 'analyst' };
let db: Db | null = null;

function workspace(entries = 5): Db {
  db = openWorkspaceDb(path.join(makeTempDir(), 'audit.workbench'), { create: true });
  for (let i = 1; i <= entries; i++) appendAudit(db, i % 2 ? auditor : analyst, i % 2 ? 'export' : 'unmask', `subject ${i}`, { n: i, fields: ['name', 'phone'] });
  return db;
}

/** What someone with the file and a SQLite shell can do: drop the triggers, then write. */
function tamper(target: Db, sql: string): void {
  target.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  target.exec(sql);
}

afterEach(() => {
  db?.close();
  db = null;
  removeTempDirs();
});

describe('canonical text', () => {
  it('orders keys at every depth and drops nothing else', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null, 'x'], c: 2.5 } })).toBe('{"a":{"c":2.5,"d":[true,null,"x"]},"b":1}');
    expect(canonicalJson({ 名: '张三' })).toBe('{"名":"张三"}');
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/cannot hold/);
  });

  it('hashes the same entry the same whatever its key order, and differently for any change', () => {
    const fields = { seq: 1, at: '2026-01-01T00:00:00.000Z', actor: 'a', role: 'auditor', action: 'export', subject: 's', detail: { x: 1, y: 2 }, prevHash: '' };
    const hash = entryHash(fields);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash({ ...fields, detail: { y: 2, x: 1 } })).toBe(hash);
    expect(entryHash({ ...fields, seq: 2 })).not.toBe(hash);
    expect(entryHash({ ...fields, prevHash: 'ab' })).not.toBe(hash);
    expect(entryHash({ ...fields, role: null })).not.toBe(hash);
  });
});

describe('appending', () => {
  it('numbers entries from 1, links each to the one before and keeps the head in the meta', () => {
    const w = workspace(3);
    const rows = w.prepare('SELECT seq, prev_hash AS prevHash, hash FROM audit_log ORDER BY seq').all() as { seq: number; prevHash: string; hash: string }[];
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]!.prevHash).toBe('');
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    expect(auditHead(w)).toEqual({ seq: 3, hash: rows[2]!.hash });
  });

  it('rolls back with the transaction it is part of', () => {
    const w = workspace(2);
    expect(() =>
      w.transaction(() => {
        appendAudit(w, auditor, 'override', 'x', {});
        throw new Error('the change failed');
      })(),
    ).toThrow('the change failed');
    expect(verifyAuditChain(w)).toEqual({ ok: true, entries: 2 });
    expect(auditHead(w).seq).toBe(2);
  });

  it('refuses UPDATE and DELETE while the triggers stand', () => {
    const w = workspace(2);
    expect(() => w.exec("UPDATE audit_log SET actor = 'x' WHERE seq = 1")).toThrow(/append-only/);
    expect(() => w.exec('DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
  });

  it('appends several drafts in one go, each with its own time', () => {
    const w = workspace(0);
    appendAuditDrafts(w, [
      { actor: auditor, action: 'unmask', subject: 'c1', detail: {}, at: '2026-01-02T03:04:05.000Z' },
      { actor: analyst, action: 'export', subject: 'f', detail: { rows: 3 } },
    ]);
    const rows = w.prepare('SELECT at, actor, role FROM audit_log ORDER BY seq').all();
    expect(rows).toEqual([
      { at: '2026-01-02T03:04:05.000Z', actor: '李审计', role: 'auditor' },
      expect.objectContaining({ actor: 'wang', role: 'analyst' }),
    ]);
    expect(verifyAuditChain(w)).toEqual({ ok: true, entries: 2 });
  });
});

describe('verification', () => {
  it('passes an empty log and an untouched one', () => {
    expect(verifyAuditChain(workspace(0))).toEqual({ ok: true, entries: 0 });
    db!.close();
    expect(verifyAuditChain(workspace(5))).toEqual({ ok: true, entries: 5 });
  });

  it('finds a changed detail at that entry', () => {
    const w = workspace(5);
    tamper(w, `UPDATE audit_log SET detail = '{"fields":["name"],"n":3}' WHERE seq = 3`);
    expect(verifyAuditChain(w)).toMatchObject({ ok: false, firstBroken: { seq: 3, action: 'export', reason: 'hash' } });
  });

  it('finds a changed actor, time or action', () => {
    const w = workspace(5);
    tamper(w, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 4");
    expect(verifyAuditChain(w).firstBroken).toMatchObject({ seq: 4, reason: 'hash' });
  });

  it('finds a deleted middle entry at the entry after it', () => {
    const w = workspace(5);
    tamper(w, 'DELETE FROM audit_log WHERE seq = 2');
    expect(verifyAuditChain(w)).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: 'sequence gap' } });
  });

  it('finds a deleted first entry', () => {
    const w = workspace(3);
    tamper(w, 'DELETE FROM audit_log WHERE seq = 1');
    expect(verifyAuditChain(w).firstBroken).toMatchObject({ seq: 2, reason: 'sequence gap' });
  });

  it('finds two entries swapped at the first of them', () => {
    const w = workspace(5);
    tamper(
      w,
      `UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = -2;`,
    );
    expect(verifyAuditChain(w).firstBroken).toMatchObject({ seq: 2, reason: 'link' });
  });

  it('finds an entry deleted and the ones after renumbered, with recomputed hashes missing', () => {
    const w = workspace(4);
    tamper(w, 'DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2;');
    expect(verifyAuditChain(w).firstBroken).toMatchObject({ seq: 2, reason: 'link' });
  });

  it('finds entries cut off the end through the head the meta keeps', () => {
    const w = workspace(5);
    tamper(w, 'DELETE FROM audit_log WHERE seq >= 4');
    expect(verifyAuditChain(w)).toEqual({ ok: false, entries: 3, firstBroken: { seq: 4, at: null, action: null, reason: 'end' } });
  });

  it('finds an entry added at the end outside the app', () => {
    const w = workspace(2);
    const last = w.prepare('SELECT hash FROM audit_log WHERE seq = 2').get() as { hash: string };
    const fields = { seq: 3, at: '2026-01-01T00:00:00.000Z', actor: 'x', role: null, action: 'export', subject: null, detail: {}, prevHash: last.hash };
    w.prepare('INSERT INTO audit_log (seq, at, actor, role, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      3, fields.at, 'x', null, 'export', null, '{}', last.hash, entryHash(fields),
    );
    expect(verifyAuditChain(w).firstBroken).toMatchObject({ seq: 3, reason: 'end' });
  });

  it('finds a detail that is no JSON object any more', () => {
    const w = workspace(2);
    tamper(w, "UPDATE audit_log SET detail = 'not json' WHERE seq = 1");
    expect(verifyAuditChain(w).firstBroken).toMatchObject({ seq: 1, reason: 'hash' });
  });
});
