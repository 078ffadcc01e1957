// The text.* jobs and queries through the Engine on a small demo: a classifier of ticket types
// and one of sentiment trained on the tickets, every ticket with text labelled, keyword rules
// applied first and their hits counted, top terms, models, the labels page, a CSV preview.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let raw: Database.Database;
let dir: string;
let withText: number;

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir();
  const file = path.join(dir, 'text.workbench');
  await engine.runJob('demo.create', { path: file, seed: 5, customers: 400, days: 400 });
  await engine.call('workspace.open', { path: file });
  raw = new Database(file, { readonly: true });
  withText = (raw.prepare("SELECT count(*) AS n FROM tickets WHERE text IS NOT NULL AND trim(text) <> ''").get() as { n: number }).n;
}, 120_000);

afterAll(async () => {
  raw.close();
  await closeTestEngines();
  removeTempDirs();
});

describe('ticket text models', () => {
  it('train on the tickets’ types with cross-validated metrics, then label every ticket with text', async () => {
    expect(withText).toBeGreaterThan(100);
    const model = await engine.runJob('text.train', { source: 'workspace', task: 'type' });
    expect(model).toMatchObject({ source: 'workspace', task: 'type', fileName: null });
    expect(model.labels).toEqual(expect.arrayContaining(['complaint', 'inquiry', 'repair']));
    expect(model.metrics.folds).toBe(5);
    expect(model.metrics.accuracy).toBeGreaterThan(1 / model.labels.length);
    expect(model.metrics.perLabel.map((m) => m.label)).toEqual(model.labels);

    const result = await engine.runJob('text.classify', { modelId: model.modelId });
    expect(result.tickets).toBe(withText);
    expect(result.ruleHits).toBe(0);
    expect(result.byLabel.reduce((a, l) => a + l.count, 0)).toBe(withText);
    const stored = raw.prepare('SELECT count(*) AS n FROM ticket_labels WHERE model_id = ?').get(model.modelId) as { n: number };
    expect(stored.n).toBe(withText);

    const terms = await engine.call('text.topTerms', { modelId: model.modelId, limit: 5 });
    expect(terms.labels.map((l) => l.label)).toEqual(model.labels);
    expect(terms.labels.every((l) => l.terms.length > 0 && l.terms.length <= 5)).toBe(true);
  }, 60_000);

  it('apply the task’s keyword rules first and count their hits', async () => {
    const word = (raw.prepare("SELECT text FROM tickets WHERE text LIKE '%电费%' LIMIT 1").get() as { text: string } | undefined) ? '电费' : '电';
    const expected = (raw.prepare("SELECT count(*) AS n FROM tickets WHERE text LIKE '%' || ? || '%'").get(word) as { n: number }).n;
    const saved = await engine.runJob('text.saveRules', { task: 'type', rules: [{ label: 'billing', words: [word] }] });
    expect(saved).toEqual([{ task: 'type', label: 'billing', words: [word], hits: 0 }]);
    const result = await engine.runJob('text.classify', {});
    expect(result.ruleHits).toBe(expected);
    expect(result.byLabel.find((l) => l.label === 'billing')).toEqual({ label: 'billing', count: expected, ruleHits: expected });
    expect(await engine.call('text.rules', { task: 'type' })).toEqual([{ task: 'type', label: 'billing', words: [word], hits: expected }]);
    const page = await engine.call('text.labels', { byRule: true, limit: 3 });
    expect(page.total).toBe(expected);
    expect(page.rows.every((r) => r.label === 'billing' && r.ruleWord === word && r.text.includes(word) && r.confidence === 1)).toBe(true);
    await engine.runJob('text.saveRules', { task: 'type', rules: [] });
    expect(await engine.call('text.rules', {})).toEqual([]);
  }, 60_000);

  it('train sentiment from satisfaction, list models newest first and delete one with its labels', async () => {
    const model = await engine.runJob('text.train', { source: 'workspace', task: 'sentiment', folds: 3 });
    expect(model.labels).toEqual(['negative', 'positive']);
    const scored = (raw.prepare("SELECT count(*) AS n FROM tickets WHERE text IS NOT NULL AND trim(text) <> '' AND (satisfaction <= 2 OR satisfaction >= 4)").get() as { n: number }).n;
    expect(model.rows).toBe(scored);
    const models = await engine.call('text.models', {});
    expect(models[0]!.modelId).toBe(model.modelId);
    expect(await engine.runJob('text.deleteModel', { modelId: model.modelId })).toEqual({ modelId: model.modelId, deleted: true });
    await expect(engine.call('text.topTerms', { modelId: model.modelId })).rejects.toMatchObject({ code: 'text.model_not_found' });
  }, 60_000);

  it('train on an analyst’s CSV after previewing its columns', async () => {
    const csv = path.join(dir, 'own.csv');
    const lines = ['text,topic'];
    for (let i = 0; i < 30; i++) lines.push(i % 2 === 0 ? `停电第${i}次了,outage` : `电费多收${i}元,billing`);
    fs.writeFileSync(csv, lines.join('\n'));
    const preview = await engine.call('text.previewTable', { path: csv });
    expect(preview).toMatchObject({ fileName: 'own.csv', rows: 30 });
    expect(preview.columns.find((c) => c.name === 'topic')).toMatchObject({ distinct: 2 });
    const model = await engine.runJob('text.train', { source: 'table', path: csv, text: 'text', label: 'topic' });
    expect(model).toMatchObject({ source: 'table', task: 'topic', fileName: 'own.csv', textColumn: 'text', rows: 30, labels: ['billing', 'outage'] });
    await expect(engine.runJob('text.train', { source: 'table', path: csv, text: 'body', label: 'topic' })).rejects.toMatchObject({ code: 'text.unknown_column' });
  }, 60_000);
});
