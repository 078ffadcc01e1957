// The evidence pack of a case through the Engine on a small demo workspace: a PDF (A4) in the
// language asked for, whose text names the case, the customer and the case's reasons in the UI's
// words, with page numbers on every page; written whole or not at all, and never over a file
// unless asked.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../engine/api/casesTypes.js';
import type { Engine } from '../../engine/host/engine.js';
import { runCli } from '../helpers/cli.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { repoRoot } from '../helpers/paths.js';
import { pdfPages } from '../helpers/pdfText.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;
let opened: CaseDetail;
let workspace: string;

const locale = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'resources', 'locales', `${language}.json`), 'utf8')) as {
    theft: { indicators: Record<string, string>; estimate: { title: string; rules: { title: string } } };
    bills: { title: string };
  };
const indicatorWords = (language: string, code: string) => locale(language).theft.indicators[code.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())];
/** The case's reasons the translation files have words for (an indicator just added may not have them yet). */
const reasonsInWords = () => opened.reasons.filter((code) => indicatorWords('zh-CN', code) !== undefined);

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir();
  const file = (workspace = path.join(dir, 'pack.workbench'));
  await engine.runJob('demo.create', { path: file, seed: 5, customers: 200, days: 400, open: false });
  await engine.openWorkspace(file);
  await engine.runJob('theft.score', {});
  const top = await engine.call('theft.suspects', { limit: 1 });
  opened = await engine.runJob('cases.open', { customerId: top.rows[0]!.customerId, user: '李审计', assignee: '王检查' });
  await engine.runJob('cases.note', { caseId: opened.caseId, text: '表箱封印破损，已拍照', user: '王检查' });
}, 300_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('the evidence pack', () => {
  it('is an A4 PDF in Chinese naming the case, the customer and its reasons on every page', async () => {
    const target = path.join(dir, 'zh.pdf');
    const pack = await engine.runJob('cases.pack', { caseId: opened.caseId, language: 'zh-CN', path: target });
    const pdf = fs.readFileSync(target);
    expect(pack).toEqual({ path: target, fileName: 'zh.pdf', pages: expect.any(Number), bytes: pdf.length });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(pack.pages);
    expect(pack.pages).toBeGreaterThanOrEqual(2);
    const all = pages.join('\n');
    expect(all).toContain(`工单 ${opened.caseId} 证据包`);
    expect(all).toContain(opened.customerId);
    expect(reasonsInWords().length).toBeGreaterThan(0);
    for (const code of reasonsInWords()) expect(all).toContain(indicatorWords('zh-CN', code));
    expect(all).toContain('演示数据');
    expect(all).toContain('表箱封印破损，已拍照');
    const zh = locale('zh-CN');
    for (const title of [zh.bills.title, zh.theft.estimate.title, zh.theft.estimate.rules.title]) expect(all).toContain(title);
    pages.forEach((page, i) => {
      expect(page).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`);
      expect(page).toContain(`工单 ${opened.caseId}`);
    });
    // The font is embedded as a subset of the glyphs used, not the whole collection.
    expect(pdf.length).toBeLessThan(1024 * 1024);
  });

  it('speaks English when asked, into a new file in the exports folder', async () => {
    const pack = await engine.runJob('cases.pack', { caseId: opened.caseId, language: 'en' });
    expect(pack.fileName).toBe(`case-${opened.caseId}-evidence-pack.pdf`);
    const all = pdfPages(fs.readFileSync(pack.path)).join('\n');
    expect(all).toContain(`Evidence pack · case ${opened.caseId}`);
    for (const code of reasonsInWords()) expect(all).toContain(indicatorWords('en', code));
    expect(all).toContain('Demo data');
    expect(all).not.toContain('证据包');
  });

  it('leaves an existing file alone unless asked to overwrite it, and no partial file behind', async () => {
    const target = path.join(dir, 'existing.pdf');
    fs.writeFileSync(target, 'mine');
    await expect(engine.runJob('cases.pack', { caseId: opened.caseId, language: 'en', path: target })).rejects.toMatchObject({ code: 'io' });
    expect(fs.readFileSync(target, 'utf8')).toBe('mine');
    await engine.runJob('cases.pack', { caseId: opened.caseId, language: 'en', path: target, overwrite: true });
    expect(fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(engine.runJob('cases.pack', { caseId: 9999, language: 'en', path: path.join(dir, 'none.pdf') })).rejects.toMatchObject({ code: 'cases.not_found' });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial') || f === 'none.pdf')).toEqual([]);
  });
});

describe('workbench case pack', () => {
  it('writes the pack in the language asked for, replacing the file', async () => {
    const out = path.join(dir, 'cli.pdf');
    fs.writeFileSync(out, 'old');
    const home = makeTempDir();
    const run = await runCli(['case', 'pack', '--workspace', workspace, '--case', String(opened.caseId), '--out', out, '--language', 'zh-CN'], { home });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pages = pdfPages(fs.readFileSync(out));
    expect(run.stdout).toBe(`evidence pack of case ${opened.caseId} written to ${out} (${pages.length} pages, ${fs.statSync(out).size} bytes)\n`);
    expect(pages.join('\n')).toContain(`工单 ${opened.caseId} 证据包`);
  });

  it('says what is wrong with its options (exit 2) and with the case (exit 1)', async () => {
    const home = makeTempDir();
    const bad = await runCli(['case', 'pack', '--workspace', workspace, '--case', 'x', '--out', path.join(dir, 'x.pdf')], { home });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--case <id> is required');
    const missing = await runCli(['case', 'pack', '--workspace', workspace, '--case', '999', '--out', path.join(dir, 'x.pdf')], { home });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no case 999');
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });
});
