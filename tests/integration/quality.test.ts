// The data quality check through the engine on a hand-made workspace: the job (progress,
// saved as the latest check), the summary and a figure's rows, the export, and the summary
// before any check.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { makeQualityWorkspace } from '../unit/quality/qualityWorkspace.js';

let engine: Engine;

beforeAll(async () => {
  engine = createTestEngine();
  await engine.call('workspace.open', { path: makeQualityWorkspace() });
}, 60_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('quality.*', () => {
  it('says there is no check yet, then checks and reads the findings back', async () => {
    expect(await engine.call('quality.summary', {})).toEqual({ run: null, items: [] });
    await expect(engine.call('quality.rows', { kind: 'interval', code: 'missing_days' })).rejects.toMatchObject({ code: 'quality.not_checked' });
    const fractions: number[] = [];
    const info = await engine.runJob('quality.check', {}, (p) => fractions.push(p.fraction));
    expect(info.findings).toBe(27);
    expect(info.madK).toBe(6);
    expect(fractions.length).toBeGreaterThan(0);
    const summary = await engine.call('quality.summary', {});
    expect(summary.run).toMatchObject({ checkId: info.checkId, findings: 27 });
    expect(summary.items.find((i) => i.kind === 'customers' && i.code === 'shared_phone')).toMatchObject({ check: 'duplicates', findings: 2, entities: 2 });
    const rows = await engine.call('quality.rows', { kind: 'bills', code: 'unknown_customer' });
    expect(rows).toEqual({ total: 1, rows: [{ kind: 'bills', code: 'unknown_customer', entity: 'C8', day: null, value: 1, expected: null, detail: 'rows' }] });
  });

  it("exports a figure's rows in the language asked for", async () => {
    const out = path.join(makeTempDir('quality-export-'), 'gaps.csv');
    const result = await engine.runJob('quality.export', { kind: 'area-supply', code: 'missing_days', format: 'csv', language: 'en', path: out });
    expect(result.rows).toBe(2);
    const lines = fs.readFileSync(out, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Check,Data,Finding,"Meter, customer, area or file",Day,Value,Expected or limit,Detail',
      'Missing,Area supply,Days (bills: months) missing within the span,A1,2025-01-03,,,',
      'Missing,Area supply,Days (bills: months) missing within the span,A1,2025-01-04,,,',
    ]);
  });
});
